package cn.dualprevention.sandbox.hub.application;

import cn.dualprevention.sandbox.hub.domain.Acknowledgement;
import cn.dualprevention.sandbox.hub.domain.AttachmentFormat;
import cn.dualprevention.sandbox.hub.domain.BatchMode;
import cn.dualprevention.sandbox.hub.domain.InvalidSettingException;
import cn.dualprevention.sandbox.hub.domain.ReceiverProfile;
import cn.dualprevention.sandbox.hub.domain.RecordType;
import cn.dualprevention.sandbox.hub.domain.RiskClassEncoding;

import java.util.List;
import java.util.Map;

/**
 * A receiver profile as configured ({@code sandbox.profiles.<name>.*}) or sent to {@code PUT /admin/profiles/{name}};
 * absent settings are the specification as written. Record types are named by their code ({@code hiddenDanger}).
 */
public record ProfileSpec(
        Map<String, String> paths,
        String dateTimePattern,
        String datePattern,
        RiskClassEncoding riskClass,
        String checkRecordIdField,
        List<String> attachmentFields,
        AttachmentFormat attachmentFormat,
        Boolean splitHazardCode,
        Boolean decimalCheckCycle,
        Boolean acceptsWeekAndQuarter,
        Boolean requireTyshxydm,
        Map<String, List<String>> extraRequired,
        Boolean parentChecks,
        BatchMode batchMode,
        Acknowledgement acknowledgement,
        String receiptUrl,
        String receiptUser,
        String receiptPassword,
        Long receiptDelayMs,
        Integer maxBatchSize,
        Integer authFailureStatus,
        List<AccountSpec> accounts) {

    public ReceiverProfile toProfile(String name) {
        ReceiverProfile.Builder b = ReceiverProfile.named(name);
        if (paths != null) {
            paths.forEach((type, path) -> b.path(type(type, "paths"), path));
        }
        b.dateTimePattern(dateTimePattern).datePattern(datePattern).riskClass(riskClass)
                .checkRecordIdField(checkRecordIdField).attachmentFormat(attachmentFormat)
                .batchMode(batchMode).acknowledgement(acknowledgement).receiptUrl(receiptUrl)
                .receiptCredentials(receiptUser, receiptPassword);
        if (attachmentFields != null) {
            if (attachmentFields.size() != 2) {
                throw new InvalidSettingException("attachmentFields", "format",
                        "two names: the hazard photo and the photo after remediation");
            }
            b.attachmentFields(attachmentFields.get(0), attachmentFields.get(1));
        }
        b.splitHazardCode(Boolean.TRUE.equals(splitHazardCode))
                .decimalCheckCycle(Boolean.TRUE.equals(decimalCheckCycle))
                .acceptsWeekAndQuarter(Boolean.TRUE.equals(acceptsWeekAndQuarter))
                .requireTyshxydm(Boolean.TRUE.equals(requireTyshxydm))
                .parentChecks(parentChecks == null || parentChecks);
        if (extraRequired != null) {
            extraRequired.forEach((type, fields) -> b.extraRequired(type(type, "extraRequired"),
                    fields.toArray(String[]::new)));
        }
        if (receiptDelayMs != null) {
            b.receiptDelayMs(receiptDelayMs);
        }
        if (maxBatchSize != null) {
            b.maxBatchSize(maxBatchSize);
        }
        if (authFailureStatus != null) {
            b.authFailureStatus(authFailureStatus);
        }
        if (accounts != null) {
            accounts.forEach(a -> b.account(a.toAccount()));
        }
        return b.build();
    }

    private static RecordType type(String name, String field) {
        return RecordType.byLooseName(name).orElseThrow(() -> new InvalidSettingException(field, "code",
                "unknown record type " + name + " (riskUnit, unitStop, riskEvent, controlMeasure, checkTask, "
                        + "checkRecord, hiddenDanger)"));
    }
}
