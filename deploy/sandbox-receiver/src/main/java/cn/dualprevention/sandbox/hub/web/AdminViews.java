package cn.dualprevention.sandbox.hub.web;

import cn.dualprevention.sandbox.hub.application.AccountSpec;
import cn.dualprevention.sandbox.hub.domain.Acknowledgement;
import cn.dualprevention.sandbox.hub.domain.AttachmentFormat;
import cn.dualprevention.sandbox.hub.domain.BatchMode;
import cn.dualprevention.sandbox.hub.domain.RiskClassEncoding;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the inspection and profile API (record types by their code, {@code riskUnit}). */
public final class AdminViews {

    private AdminViews() {
    }

    public record ViolationView(String field, String rule, String msg) {
    }

    public record RecordView(String profile, String type, String id, String companyCode, String owner, boolean held,
                      boolean deleted, long received, long accepted, long rejected, long updates, long duplicates,
                      Instant firstAcceptedAt, Instant lastAcceptedAt, String lastMsg, Map<String, Object> fields) {
    }

    public record RejectView(String profile, String type, String id, String companyCode, String msg,
                      List<ViolationView> errors, String batchId, Instant at) {
    }

    public record SummaryView(String profile, String type, String companyCode, long held, long deleted, long received,
                       long accepted, long rejected, long updates, long duplicates) {
    }

    /** A profile in the shape {@code PUT /admin/profiles/{name}} takes (secrets masked), plus its name. */
    public record ProfileView(String name, Map<String, String> paths, String dateTimePattern, String datePattern,
                       RiskClassEncoding riskClass, String checkRecordIdField, List<String> attachmentFields,
                       AttachmentFormat attachmentFormat, boolean splitHazardCode, boolean decimalCheckCycle,
                       boolean acceptsWeekAndQuarter, boolean requireTyshxydm, Map<String, List<String>> extraRequired,
                       boolean parentChecks, BatchMode batchMode, Acknowledgement acknowledgement, String receiptUrl,
                       String receiptUser, String receiptPassword, long receiptDelayMs, int maxBatchSize,
                       int authFailureStatus, List<AccountSpec> accounts) {
    }
}
