package cn.dualprevention.exchange.record.domain;

import cn.dualprevention.exchange.enterprise.domain.EnterpriseIdentity;
import cn.dualprevention.platform.text.TextWidth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record being built: the common fields every record starts with, then its own fields in the
 * specification's order, each checked against the specification's rules (required, width — a Chinese
 * character counts as two —, code tables, formats). Every broken rule becomes a hold reason.
 */
public final class RecordDraft {

    private static final String NOT_KNOWN_YET = " is not known yet";
    private static final String COMPANY_CODE_RULE = "companyCode must be exactly 9 digits";
    private static final String USCC_RULE = "tyshxydm must be exactly 18 characters";

    private final RecordRef ref;
    private final RecordContext context;
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final List<RecordRef> parents = new ArrayList<>();

    private RecordDraft(RecordRef ref, RecordContext context) {
        this.ref = ref;
        this.context = context;
    }

    /** A draft with the common fields: id, companyCode, tyshxydm, deleted, create/update dates and users. */
    public static RecordDraft of(RecordType type, String id, RecordContext context) {
        RecordDraft draft = new RecordDraft(new RecordRef(type, id), context);
        if (id == null || !(id.length() == 32 || id.length() == 36)) {
            draft.problems.add("id must be a UUID of 32 or 36 characters");
        }
        draft.problems.addAll(identityProblems(context.enterpriseId(), context.enterprise()));
        String companyCode = context.enterprise() == null ? null : context.enterprise().companyCode();
        String uscc = context.enterprise() == null ? null : context.enterprise().uscc();
        draft.fields.put("id", id);
        draft.fields.put("companyCode", companyCode);
        draft.fields.put("tyshxydm", uscc);
        draft.fields.put("deleted", context.deleted() ? "1" : "0");
        draft.fields.put("createDate", RecordDates.dateTime(context.createdAt(), context.zone()));
        draft.fields.put("updateDate", RecordDates.dateTime(context.updatedAt(), context.zone()));
        draft.fields.put("createBy", context.createdBy());
        draft.fields.put("updateBy", context.updatedBy());
        draft.width("createBy", context.createdBy(), 50).width("updateBy", context.updatedBy(), 50);
        return draft;
    }

    /**
     * What keeps every record of an enterprise from going out whatever its own fields (企业身份): the enterprise not
     * known yet, or its companyCode / tyshxydm breaking the specification. Empty when its identity is usable.
     */
    public static List<String> identityProblems(String enterpriseId, EnterpriseIdentity enterprise) {
        if (enterprise == null) {
            return List.of("enterprise " + enterpriseId + NOT_KNOWN_YET);
        }
        List<String> problems = new ArrayList<>();
        if (enterprise.companyCode() != null && !enterprise.companyCode().matches("\\d{9}")) {
            problems.add(COMPANY_CODE_RULE);
        }
        if (enterprise.uscc() == null || enterprise.uscc().length() != 18) {
            problems.add(USCC_RULE);
        }
        return problems;
    }

    /** True for a hold reason of {@link #identityProblems} (e.g. in a record held by an older version). */
    public static boolean isIdentityProblem(String reason) {
        return reason.startsWith("enterprise ") && reason.endsWith(NOT_KNOWN_YET) || reason.equals(COMPANY_CODE_RULE)
                || reason.equals(USCC_RULE);
    }

    public RecordContext context() {
        return context;
    }

    /** An optional field, as is. */
    public RecordDraft put(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    /** A required text field of at most {@code limit} width. */
    public RecordDraft required(String field, String value, int limit) {
        return required(field, value).width(field, value, limit);
    }

    /** A required field. */
    public RecordDraft required(String field, Object value) {
        fields.put(field, value);
        if (value == null || value instanceof String text && text.isBlank()) {
            problems.add(field + " is required");
        }
        return this;
    }

    /** An optional text field of at most {@code limit} width. */
    public RecordDraft optional(String field, String value, int limit) {
        fields.put(field, value);
        return width(field, value, limit);
    }

    /**
     * A coded field: {@code code} must be one of {@code allowed}; {@code source} names the value it was
     * mapped from, for the hold reason when no code fits.
     */
    public RecordDraft code(String field, String code, Collection<String> allowed, boolean required, Object source) {
        fields.put(field, code);
        if (code == null) {
            if (required || source != null) {
                problems.add(field + (source == null ? " is required" : ": no national code for " + source));
            }
        } else if (!allowed.contains(code)) {
            problems.add(field + ": " + code + " is not one of " + allowed);
        }
        return this;
    }

    /** The record must not go out before {@code parent} did (skipped when the parent id is absent). */
    public RecordDraft parent(RecordType type, String id) {
        if (id != null) {
            parents.add(new RecordRef(type, id));
        }
        return this;
    }

    /** A rule of this record type that the facts break. */
    public RecordDraft problem(String problem) {
        problems.add(problem);
        return this;
    }

    RecordDraft width(String field, String value, int limit) {
        if (value != null && !TextWidth.fits(value, limit)) {
            problems.add(field + " is " + TextWidth.of(value) + " wide, the limit is " + limit
                    + " (a Chinese character counts as two)");
        }
        return this;
    }

    RecordDraft matches(String field, String value, String pattern, String rule) {
        if (value != null && !value.matches(pattern)) {
            problems.add(field + " must be " + rule);
        }
        return this;
    }

    public BuiltRecord build() {
        return new BuiltRecord(ref, fields, problems, parents);
    }
}
