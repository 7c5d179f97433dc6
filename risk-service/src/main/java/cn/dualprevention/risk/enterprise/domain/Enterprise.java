package cn.dualprevention.risk.enterprise.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.RuleViolationException;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * 企业 — an enterprise of a group: a hazardous-chemical plant operator known to the regulator by its
 * 9-digit {@code companyCode} (chemical registration system) and its unified social credit code.
 */
public record Enterprise(String id, long version, String groupId, String name, String companyCode,
                         UnifiedSocialCreditCode uscc, String address, ZoneId timeZone) {

    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Shanghai");

    /** Registers a new enterprise; every input rule broken is reported at once. */
    public static Enterprise register(String id, String groupId, String name, String companyCode, String uscc,
                                      String address, String timeZone) {
        List<FieldViolation> violations = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 200) {
            violations.add(new FieldViolation("name", "required", "a name of 1 to 200 characters is required"));
        }
        if (companyCode == null || !companyCode.matches("\\d{9}")) {
            violations.add(new FieldViolation("companyCode", "format", "must be exactly 9 digits"));
        }
        UnifiedSocialCreditCode code = null;
        try {
            code = new UnifiedSocialCreditCode(uscc);
        } catch (InvalidValueException e) {
            violations.addAll(e.violations());
        }
        ZoneId zone = DEFAULT_TIME_ZONE;
        if (timeZone != null && !timeZone.isBlank()) {
            try {
                zone = ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                violations.add(new FieldViolation("timeZone", "time-zone", "'" + timeZone + "' is not a time zone id such as Asia/Shanghai"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        return new Enterprise(id, 1, groupId, name.trim(), companyCode, code, address, zone);
    }

    /**
     * The same enterprise with new registration data (one version later), checked as on registration. The
     * {@code companyCode} is fixed: every major hazard source code of the enterprise starts with it.
     */
    public Enterprise update(String newName, String newCompanyCode, String newUscc, String newAddress, String newTimeZone) {
        Enterprise checked = register(id, groupId, newName, newCompanyCode, newUscc, newAddress, newTimeZone);
        if (!companyCode.equals(checked.companyCode)) {
            throw new RuleViolationException("company-code-fixed", "the companyCode " + companyCode + " begins every "
                    + "major hazard source code of the enterprise and cannot change; register the enterprise anew instead");
        }
        return new Enterprise(id, version + 1, groupId, checked.name, companyCode, checked.uscc, checked.address,
                checked.timeZone);
    }

    public EnterpriseRegistered registered() {
        return new EnterpriseRegistered(id, groupId, name, companyCode, uscc.value(), address, timeZone.getId());
    }
}
