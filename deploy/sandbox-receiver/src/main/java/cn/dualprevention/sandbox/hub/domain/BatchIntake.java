package cn.dualprevention.sandbox.hub.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Receives one decrypted batch of one record type (批量上报): counts every arrival, checks the field rules, the
 * account's enterprise, ownership and parents, and stores the good records (insert-or-update by id) — or, for a
 * profile that rejects whole batches, nothing when one record is bad.
 */
public final class BatchIntake {

    private final RecordLedger ledger;

    public BatchIntake(RecordLedger ledger) {
        this.ledger = ledger;
    }

    public BatchOutcome receive(ReceiverProfile profile, Account account, RecordType type,
                                List<Map<String, Object>> records, String batchId, RecordFault fault, Instant now) {
        synchronized (ledger) {
            Bindings bindings = new Bindings(profile.name());
            List<Checked> checked = new ArrayList<>();
            for (Map<String, Object> record : records) {
                checked.add(check(profile, account, type, record, fault, bindings));
            }
            boolean anyBad = checked.stream().anyMatch(c -> !c.violations.isEmpty());
            boolean wholeBatch = anyBad && profile.batchMode() == BatchMode.WHOLE_BATCH;
            List<RecordResult> results = new ArrayList<>();
            for (Checked c : checked) {
                List<Violation> violations = c.violations;
                if (wholeBatch && violations.isEmpty()) {
                    violations = List.of(new Violation("record", "batch",
                            "not stored: another record of this batch is invalid"));
                }
                results.add(violations.isEmpty() ? store(profile, account, c, now)
                        : reject(profile, type, c, violations, batchId, now, wholeBatch));
            }
            return new BatchOutcome(batchId, results, wholeBatch);
        }
    }

    private record Checked(RecordType type, String id, String companyCode, String tyshxydm,
                           Map<String, Object> record, List<Violation> violations) {
    }

    private Checked check(ReceiverProfile profile, Account account, RecordType type, Map<String, Object> record,
                          RecordFault fault, Bindings bindings) {
        String id = record.get("id") instanceof String s && RecordRules.RECORD_ID.matcher(s).matches() ? s : null;
        String companyCode = record.get("companyCode") instanceof String s ? s : null;
        String tyshxydm = record.get("tyshxydm") instanceof String s && !s.isBlank() ? s : null;
        if (id != null) {
            ledger.entry(profile.name(), type, id).received++;
        }
        List<Violation> violations = new ArrayList<>();
        fault.rejectThis().ifPresent(msg -> violations.add(new Violation("record", "fault", msg)));
        violations.addAll(RecordRules.check(type, record, profile));
        boolean codesValid = violations.stream().noneMatch(v -> v.field().equals("companyCode")
                || v.field().equals("tyshxydm"));
        if (codesValid && companyCode != null) {
            enterprise(profile, account, companyCode, tyshxydm, bindings, violations);
        }
        if (id != null) {
            ledger.existing(profile.name(), type, id).filter(e -> e.owner != null && !e.owner.equals(account.user()))
                    .ifPresent(e -> violations.add(new Violation("id", "ownership",
                            "this id belongs to another account (records are owned by the account that first sent them)")));
        }
        if (profile.parentChecks()) {
            parents(profile, type, record, companyCode, violations);
            if (type == RecordType.HIDDEN_DANGER) {
                hazardBoundToItsMeasure(profile, record, violations);
            }
        }
        if (violations.isEmpty()) {
            bindings.bind(account.user(), companyCode, tyshxydm);
        }
        return new Checked(type, id, companyCode, tyshxydm, record, List.copyOf(violations));
    }

    private void enterprise(ReceiverProfile profile, Account account, String companyCode, String tyshxydm,
                            Bindings bindings, List<Violation> violations) {
        String bound = account.companyCode() != null ? account.companyCode() : bindings.enterpriseOf(account.user());
        if (bound != null && !bound.equals(companyCode)) {
            violations.add(new Violation("companyCode", "account-enterprise", "account " + account.user()
                    + " sends for enterprise " + bound + ", not " + companyCode + " (one enterprise = one account)"));
            return;
        }
        String otherAccount = profile.accounts().stream()
                .filter(a -> companyCode.equals(a.companyCode()) && !a.user().equals(account.user()))
                .map(Account::user).findFirst().orElse(bindings.accountOf(companyCode));
        if (otherAccount != null && !otherAccount.equals(account.user())) {
            violations.add(new Violation("companyCode", "account-enterprise", "enterprise " + companyCode
                    + " sends through account " + otherAccount + " (one enterprise = one account)"));
            return;
        }
        if (account.tyshxydm() != null && tyshxydm != null && !account.tyshxydm().equals(tyshxydm)) {
            violations.add(new Violation("tyshxydm", "consistency", "the account's enterprise has tyshxydm "
                    + account.tyshxydm() + ", not " + tyshxydm));
            return;
        }
        String pinned = bindings.creditCodeOf(companyCode);
        if (pinned != null && tyshxydm != null && !pinned.equals(tyshxydm)) {
            violations.add(new Violation("tyshxydm", "consistency", "companyCode " + companyCode
                    + " came with tyshxydm " + pinned + " before, not " + tyshxydm));
        }
    }

    private void parents(ReceiverProfile profile, RecordType type, Map<String, Object> record, String companyCode,
                         List<Violation> violations) {
        for (Parents.Link link : Parents.of(type, profile)) {
            Object value = record.get(link.field());
            if (!(value instanceof String parentId) || !RecordRules.RECORD_ID.matcher(parentId).matches()) {
                continue; // absent or malformed: the field rules answer it
            }
            LedgerEntry parent = ledger.existing(profile.name(), link.parent(), parentId).filter(LedgerEntry::held)
                    .orElse(null);
            if (parent == null) {
                violations.add(new Violation(link.field(), "parent-exists", "parent " + link.parent().code() + " "
                        + parentId + " not found — please upload the " + link.parent().label() + " first (请先上传"
                        + link.parent().chinese() + ")"));
            } else if (companyCode != null && !companyCode.equals(parent.companyCode)) {
                violations.add(new Violation(link.field(), "parent-enterprise", "parent " + link.parent().code() + " "
                        + parentId + " belongs to enterprise " + parent.companyCode + ", not " + companyCode));
            }
        }
    }

    /** A hazard found by a task is bound to that task's control measure (隐患须关联排查任务对应的管控措施). */
    private void hazardBoundToItsMeasure(ReceiverProfile profile, Map<String, Object> record,
                                         List<Violation> violations) {
        if (!(record.get(profile.checkRecordIdField()) instanceof String recordId)
                || !(record.get("riskMeasureId") instanceof String measureId)) {
            return;
        }
        Object taskId = ledger.existing(profile.name(), RecordType.CHECK_RECORD, recordId).filter(LedgerEntry::held)
                .map(e -> e.fields.get("checkTaskId")).orElse(null);
        Object taskMeasure = taskId instanceof String t ? ledger.existing(profile.name(), RecordType.CHECK_TASK, t)
                .filter(LedgerEntry::held).map(e -> e.fields.get("riskMeasureId")).orElse(null) : null;
        if (taskMeasure != null && !taskMeasure.equals(measureId)) {
            violations.add(new Violation("riskMeasureId", "consistency", "check record " + recordId
                    + " belongs to a task of control measure " + taskMeasure + ", not " + measureId));
        }
    }

    private RecordResult store(ReceiverProfile profile, Account account, Checked c, Instant now) {
        ledger.bind(profile.name(), account.user(), c.companyCode, c.tyshxydm);
        LedgerEntry entry = ledger.entry(profile.name(), c.type, c.id);
        RecordAction action = ledger.store(entry, account.user(), c.companyCode, kept(profile, c.record), now);
        return RecordResult.stored(c.id, action);
    }

    private RecordResult reject(ReceiverProfile profile, RecordType type, Checked c, List<Violation> violations,
                                String batchId, Instant now, boolean wholeBatch) {
        String answerId = c.id != null ? c.id : Objects.toString(c.record.get("id"), null);
        RecordResult result = RecordResult.rejected(answerId, violations);
        if (c.id != null) {
            ledger.reject(ledger.entry(profile.name(), type, c.id), c.companyCode, result, batchId, now);
        } else {
            ledger.rejectUnidentified(profile.name(), type, c.companyCode, result, batchId, now);
        }
        return result;
    }

    /** The record as held: photos replaced by a short description (kind, size, digest) to bound memory. */
    private static Map<String, Object> kept(ReceiverProfile profile, Map<String, Object> record) {
        Map<String, Object> kept = new LinkedHashMap<>(record);
        for (String field : List.of(profile.hazardPhotoField(), profile.acceptancePhotoField())) {
            if (kept.get(field) instanceof String photo && !photo.isBlank()) {
                kept.put(field, "[photo, " + photo.length() + " base64 characters, sha256 " + sha256(photo) + "]");
            }
        }
        return java.util.Collections.unmodifiableMap(kept);
    }

    private static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ledger's bindings plus the ones this batch makes (a whole-batch check binds nothing until stored). */
    private final class Bindings {
        private final String profile;
        private final Map<String, String> accountEnterprise = new HashMap<>();
        private final Map<String, String> enterpriseAccount = new HashMap<>();
        private final Map<String, String> creditCodes = new HashMap<>();

        Bindings(String profile) {
            this.profile = profile;
        }

        String enterpriseOf(String user) {
            String v = ledger.enterpriseOf(profile, user);
            return v != null ? v : accountEnterprise.get(user);
        }

        String accountOf(String companyCode) {
            String v = ledger.accountOf(profile, companyCode);
            return v != null ? v : enterpriseAccount.get(companyCode);
        }

        String creditCodeOf(String companyCode) {
            String v = ledger.creditCodeOf(profile, companyCode);
            return v != null ? v : creditCodes.get(companyCode);
        }

        void bind(String user, String companyCode, String tyshxydm) {
            accountEnterprise.putIfAbsent(user, companyCode);
            enterpriseAccount.putIfAbsent(companyCode, user);
            if (tyshxydm != null) {
                creditCodes.putIfAbsent(companyCode, tyshxydm);
            }
        }
    }
}
