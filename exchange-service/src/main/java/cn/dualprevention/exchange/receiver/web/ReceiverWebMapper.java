package cn.dualprevention.exchange.receiver.web;

import cn.dualprevention.exchange.receiver.application.ReceiverCommand;
import cn.dualprevention.exchange.receiver.domain.HttpBatchProfile;
import cn.dualprevention.exchange.receiver.domain.Receiver;
import cn.dualprevention.exchange.receiver.domain.StreamProfile;
import org.mapstruct.Mapper;

import java.util.LinkedHashMap;
import java.util.Map;

@Mapper
interface ReceiverWebMapper {

    ReceiverCommand toCommand(ReceiverRequest request);

    default ReceiverResponse toResponse(Receiver r) {
        if (r.profile() instanceof HttpBatchProfile http) {
            Map<String, String> paths = new LinkedHashMap<>();
            http.paths().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> paths.put(e.getKey().specName(), e.getValue()));
            return new ReceiverResponse(r.id(), r.name(), r.enterpriseId(), http.kind(), r.enabled(), null, http.baseUrl(), paths,
                    http.batchSize(), http.dateTimeFormat(), http.dateFormat(), http.riskClass().codes(), http.acceptsWeekAndQuarter(),
                    http.integerCheckCycle(), http.splitHazardCode(), http.attachmentsAsDataUrl(), http.fieldNames(),
                    http.requiredFields(), http.acknowledgement().name(), http.receiptTimeout().toSeconds(),
                    http.timeout().toSeconds(), r.credentials(), r.secrets() != null, r.blockedReason(), r.firstSyncAt(),
                    r.configured(), source(r), r.configuredAs(), r.createdAt());
        }
        StreamProfile stream = (StreamProfile) r.profile();
        return new ReceiverResponse(r.id(), r.name(), r.enterpriseId(), stream.kind(), r.enabled(), stream.topicPrefix(), null,
                null, stream.batchSize(), null, null, null, null, null, null, null, null, null, null, null, null, null, false,
                r.blockedReason(), r.firstSyncAt(), r.configured(), source(r), r.configuredAs(), r.createdAt());
    }

    private static String source(Receiver r) {
        return r.configured() ? "configuration" : "api";
    }
}
