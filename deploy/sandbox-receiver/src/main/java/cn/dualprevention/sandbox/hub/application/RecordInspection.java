package cn.dualprevention.sandbox.hub.application;

import cn.dualprevention.sandbox.hub.domain.HeldRecord;
import cn.dualprevention.sandbox.hub.domain.RecordLedger;
import cn.dualprevention.sandbox.hub.domain.RecordType;
import cn.dualprevention.sandbox.hub.domain.RejectedRecord;
import cn.dualprevention.sandbox.hub.domain.SummaryRow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** What the sandbox received, for tests and people (查询): records, counts, rejections, duplicates; and clearing. */
public final class RecordInspection {

    private final RecordLedger ledger;
    private final BatchLog batches;

    public RecordInspection(RecordLedger ledger, BatchLog batches) {
        this.ledger = ledger;
        this.batches = batches;
    }

    /** The records held (accepted at least once) of one profile and type, optionally of one enterprise. */
    public List<HeldRecord> held(String profile, RecordType type, String companyCode) {
        return ledger.records(filter(profile, type, companyCode).and(HeldRecord::held), Integer.MAX_VALUE, true);
    }

    public long countHeld(String profile, RecordType type, String companyCode) {
        return ledger.count(filter(profile, type, companyCode).and(HeldRecord::held));
    }

    /** Every id received (also the never accepted ones), without fields; {@code limit} at most. */
    public List<HeldRecord> records(String profile, RecordType type, String companyCode, int limit) {
        return ledger.records(filter(profile, type, companyCode), limit, false);
    }

    public long count(String profile, RecordType type, String companyCode) {
        return ledger.count(filter(profile, type, companyCode));
    }

    public Optional<HeldRecord> find(String profile, RecordType type, String id) {
        return ledger.find(profile, type, id);
    }

    /** How many times the id was stored (all record types of the profile). */
    public long timesAccepted(String profile, String id) {
        return ledger.records(r -> r.profile().equals(profile) && r.id().equals(id), Integer.MAX_VALUE, false)
                .stream().mapToLong(HeldRecord::accepted).sum();
    }

    /** How many times the id arrived, accepted or not. */
    public long timesReceived(String profile, String id) {
        return ledger.records(r -> r.profile().equals(profile) && r.id().equals(id), Integer.MAX_VALUE, false)
                .stream().mapToLong(HeldRecord::received).sum();
    }

    public List<RejectedRecord> rejects(String profile) {
        return rejects(profile, null, null, null);
    }

    public List<RejectedRecord> rejects(String profile, RecordType type, String id, String companyCode) {
        return ledger.rejects(r -> (profile == null || profile.equals(r.profile()))
                && (type == null || type == r.type()) && (id == null || id.equals(r.id()))
                && (companyCode == null || companyCode.equals(r.companyCode())));
    }

    /** Records accepted more than once. */
    public List<HeldRecord> duplicates(String profile) {
        return ledger.records(filter(profile, null, null).and(r -> r.accepted() > 1), Integer.MAX_VALUE, false);
    }

    public List<SummaryRow> summary() {
        return summary(null);
    }

    public List<SummaryRow> summary(String profile) {
        return ledger.summary(profile);
    }

    public List<Batch> batches(String profile, int limit) {
        return batches.recent(profile, limit);
    }

    /** Forgets everything received (all profiles). */
    public void clear() {
        clear(null);
    }

    /** Forgets the records, counters, rejections and finished batches of one profile, or all (null). */
    public void clear(String profile) {
        ledger.clear(profile);
        batches.clear(profile);
    }

    private static Predicate<HeldRecord> filter(String profile, RecordType type, String companyCode) {
        return r -> (profile == null || r.profile().equals(profile)) && (type == null || r.type() == type)
                && (companyCode == null || Objects.equals(companyCode, r.companyCode()));
    }
}
