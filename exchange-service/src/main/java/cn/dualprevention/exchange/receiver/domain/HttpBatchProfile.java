package cn.dualprevention.exchange.receiver.domain;

import cn.dualprevention.exchange.record.domain.MappingProfile;
import cn.dualprevention.exchange.record.domain.RecordType;
import cn.dualprevention.exchange.record.domain.RiskClassEncoding;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * http-batch — the provincial / park hub style: {@code POST {baseUrl}{path of the record type}} with Basic
 * credentials and {@code {"datas": base64(AES-128-CBC(JSON array))}}, at most {@code batchSize} records. Every way
 * receivers differ is a setting here, never a code fork.
 *
 * @param dateTimeFormat       {@code yyyyMMddHHmmss} (the specification) or {@code yyyy-MM-dd HH:mm:ss}
 * @param dateFormat           dates without time: {@code yyyyMMdd} (the specification) or {@code yyyy-MM-dd}
 * @param fieldNames           field-name variants, {@code recordType.field → name}, e.g.
 *                             {@code hiddenDanger.checkRecordId → recordId}, {@code hiddenDanger.attachments1 → dangerImg}
 * @param requiredFields       fields this receiver requires beyond the specification, as {@code recordType.field}
 * @param integerCheckCycle    the receiver takes {@code checkCycle} as an integer only
 * @param splitHazardCode      the receiver wants a risk unit's non-major source code (not 12 digits) in {@code hazardCode1}
 * @param attachmentsAsDataUrl photos as {@code data:image/jpeg;base64,...} rather than bare base64
 * @param receiptTimeout       with {@link Acknowledgement#ASYNC}: a batch without a receipt after this is sent again
 * @param timeout              how long one request may take
 */
public record HttpBatchProfile(String baseUrl, Map<RecordType, String> paths, int batchSize, String dateTimeFormat,
                               String dateFormat,
                               RiskClassEncoding riskClass, boolean acceptsWeekAndQuarter, boolean integerCheckCycle,
                               boolean splitHazardCode, boolean attachmentsAsDataUrl, Map<String, String> fieldNames,
                               List<String> requiredFields, Acknowledgement acknowledgement, Duration receiptTimeout,
                               Duration timeout) implements ReceiverProfile {

    public static final String KIND = "http-batch";
    public static final String SPEC_DATE_TIME = "yyyyMMddHHmmss";
    public static final List<String> DATE_TIME_FORMATS = List.of(SPEC_DATE_TIME, "yyyy-MM-dd HH:mm:ss");
    public static final String SPEC_DATE = "yyyyMMdd";
    public static final List<String> DATE_FORMATS = List.of(SPEC_DATE, "yyyy-MM-dd");

    public HttpBatchProfile {
        Map<RecordType, String> allPaths = new EnumMap<>(RecordType.class);
        for (RecordType type : RecordType.values()) {
            allPaths.put(type, "/" + type.specName());
        }
        if (paths != null) {
            allPaths.putAll(paths);
        }
        paths = Map.copyOf(allPaths);
        fieldNames = fieldNames == null ? Map.of() : Map.copyOf(fieldNames);
        requiredFields = requiredFields == null ? List.of() : List.copyOf(requiredFields);
        riskClass = riskClass == null ? RiskClassEncoding.DEFAULT : riskClass;
        dateTimeFormat = dateTimeFormat == null ? SPEC_DATE_TIME : dateTimeFormat;
        dateFormat = dateFormat == null ? SPEC_DATE : dateFormat;
        acknowledgement = acknowledgement == null ? Acknowledgement.SYNC : acknowledgement;
        receiptTimeout = receiptTimeout == null ? Duration.ofMinutes(10) : receiptTimeout;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public MappingProfile mapping() {
        return new MappingProfile(riskClass, acceptsWeekAndQuarter);
    }

    public String url(RecordType type) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String path = paths.get(type);
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
