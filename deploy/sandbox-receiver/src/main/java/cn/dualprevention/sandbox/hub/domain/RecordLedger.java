package cn.dualprevention.sandbox.hub.domain;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Everything the sandbox received (接收台账), in memory and bounded: per profile, record type and id the last
 * accepted version and the counts; the account ↔ enterprise bindings; the latest rejections. Every method holds
 * the ledger's lock, so a batch is applied as a whole against a consistent state.
 */
public final class RecordLedger {

    private record Key(String profile, RecordType type, String id) {
    }

    private final int maxRecords;
    private final int maxRejectsKept;
    private final Map<Key, LedgerEntry> entries = new HashMap<>();
    /** profile|user → companyCode the account sends for. */
    private final Map<String, String> accountEnterprise = new HashMap<>();
    /** profile|companyCode → user of the one account of that enterprise. */
    private final Map<String, String> enterpriseAccount = new HashMap<>();
    /** profile|companyCode → the tyshxydm first seen with it. */
    private final Map<String, String> creditCodes = new HashMap<>();
    private final Deque<RejectedRecord> rejects = new ArrayDeque<>();
    private long heldCount;

    public RecordLedger(int maxRecords, int maxRejectsKept) {
        if (maxRecords < 1 || maxRejectsKept < 0) {
            throw new InvalidSettingException("maxRecords", "range", "at least 1 (and maxRejectsKept at least 0)");
        }
        this.maxRecords = maxRecords;
        this.maxRejectsKept = maxRejectsKept;
    }

    public synchronized boolean hasRoomFor(int records) {
        return heldCount + records <= maxRecords;
    }

    public int maxRecords() {
        return maxRecords;
    }

    // ------------------------------------------------------------------ used by the intake (lock held)

    synchronized LedgerEntry entry(String profile, RecordType type, String id) {
        return entries.computeIfAbsent(new Key(profile, type, id), k -> new LedgerEntry(profile, type, id));
    }

    synchronized Optional<LedgerEntry> existing(String profile, RecordType type, String id) {
        return Optional.ofNullable(entries.get(new Key(profile, type, id)));
    }

    synchronized String enterpriseOf(String profile, String user) {
        return accountEnterprise.get(profile + "|" + user);
    }

    synchronized String accountOf(String profile, String companyCode) {
        return enterpriseAccount.get(profile + "|" + companyCode);
    }

    synchronized String creditCodeOf(String profile, String companyCode) {
        return creditCodes.get(profile + "|" + companyCode);
    }

    synchronized void bind(String profile, String user, String companyCode, String tyshxydm) {
        accountEnterprise.putIfAbsent(profile + "|" + user, companyCode);
        enterpriseAccount.putIfAbsent(profile + "|" + companyCode, user);
        if (tyshxydm != null) {
            creditCodes.putIfAbsent(profile + "|" + companyCode, tyshxydm);
        }
    }

    synchronized RecordAction store(LedgerEntry e, String owner, String companyCode, Map<String, Object> fields,
                                    Instant now) {
        RecordAction action;
        if (e.held()) {
            action = RecordAction.UPDATED;
            e.updates++;
            if (e.fields.equals(fields)) {
                e.duplicates++;
            }
        } else {
            action = RecordAction.INSERTED;
            heldCount++;
            e.firstAcceptedAt = now;
        }
        e.fields = fields;
        e.owner = e.owner == null ? owner : e.owner;
        e.companyCode = companyCode;
        e.deleted = "1".equals(fields.get("deleted"));
        e.accepted++;
        e.lastAcceptedAt = now;
        e.lastMsg = action == RecordAction.INSERTED ? "accepted (inserted)" : "accepted (updated)";
        return action;
    }

    synchronized void reject(LedgerEntry e, String companyCode, RecordResult result, String batchId, Instant now) {
        if (e != null) {
            e.rejected++;
            e.lastMsg = result.msg();
            if (e.companyCode == null) {
                e.companyCode = companyCode;
            }
        }
        if (maxRejectsKept == 0) {
            return;
        }
        if (rejects.size() >= maxRejectsKept) {
            rejects.removeFirst();
        }
        String profile = e == null ? null : e.profile;
        RecordType type = e == null ? null : e.type;
        rejects.addLast(new RejectedRecord(profile, type, result.id(), companyCode, result.msg(), result.errors(),
                batchId, now));
    }

    synchronized void rejectUnidentified(String profile, RecordType type, String companyCode, RecordResult result,
                                         String batchId, Instant now) {
        if (maxRejectsKept == 0) {
            return;
        }
        if (rejects.size() >= maxRejectsKept) {
            rejects.removeFirst();
        }
        rejects.addLast(new RejectedRecord(profile, type, result.id(), companyCode, result.msg(), result.errors(),
                batchId, now));
    }

    // ------------------------------------------------------------------ inspection

    public synchronized Optional<HeldRecord> find(String profile, RecordType type, String id) {
        return Optional.ofNullable(entries.get(new Key(profile, type, id))).map(e -> e.snapshot(true));
    }

    /** Records matching the filter, sorted by type (parents first) then first acceptance; without fields. */
    public synchronized List<HeldRecord> records(Predicate<HeldRecord> filter, int limit, boolean withFields) {
        return entries.values().stream().map(e -> e.snapshot(withFields)).filter(filter)
                .sorted(Comparator.comparing(HeldRecord::profile).thenComparing(HeldRecord::type)
                        .thenComparing(HeldRecord::firstAcceptedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(HeldRecord::id))
                .limit(limit).toList();
    }

    public synchronized long count(Predicate<HeldRecord> filter) {
        return entries.values().stream().map(e -> e.snapshot(false)).filter(filter).count();
    }

    public synchronized List<RejectedRecord> rejects(Predicate<RejectedRecord> filter) {
        return rejects.stream().filter(filter).toList();
    }

    public synchronized List<SummaryRow> summary(String profile) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        Map<String, LedgerEntry> firstOfRow = new LinkedHashMap<>();
        entries.values().stream().filter(e -> profile == null || e.profile.equals(profile))
                .sorted(Comparator.comparing((LedgerEntry e) -> e.profile).thenComparing(e -> e.type)
                        .thenComparing(e -> String.valueOf(e.companyCode)))
                .forEach(e -> {
                    String key = e.profile + "|" + e.type + "|" + e.companyCode;
                    long[] c = rows.computeIfAbsent(key, k -> new long[8]);
                    firstOfRow.putIfAbsent(key, e);
                    c[0] += e.held() ? 1 : 0;
                    c[1] += e.held() && e.deleted ? 1 : 0;
                    c[2] += e.received;
                    c[3] += e.accepted;
                    c[4] += e.rejected;
                    c[5] += e.updates;
                    c[6] += e.duplicates;
                });
        List<SummaryRow> out = new ArrayList<>();
        rows.forEach((key, c) -> {
            LedgerEntry e = firstOfRow.get(key);
            out.add(new SummaryRow(e.profile, e.type, e.companyCode, c[0], c[1], c[2], c[3], c[4], c[5], c[6]));
        });
        return out;
    }

    /** Forgets everything of one profile, or of all when {@code profile} is null. */
    public synchronized void clear(String profile) {
        if (profile == null) {
            entries.clear();
            accountEnterprise.clear();
            enterpriseAccount.clear();
            creditCodes.clear();
            rejects.clear();
            heldCount = 0;
            return;
        }
        entries.values().removeIf(e -> {
            if (e.profile.equals(profile)) {
                heldCount -= e.held() ? 1 : 0;
                return true;
            }
            return false;
        });
        String prefix = profile + "|";
        accountEnterprise.keySet().removeIf(k -> k.startsWith(prefix));
        enterpriseAccount.keySet().removeIf(k -> k.startsWith(prefix));
        creditCodes.keySet().removeIf(k -> k.startsWith(prefix));
        rejects.removeIf(r -> profile.equals(r.profile()));
    }
}
