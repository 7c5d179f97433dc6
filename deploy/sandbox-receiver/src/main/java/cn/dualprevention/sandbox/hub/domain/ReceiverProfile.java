package cn.dualprevention.sandbox.hub.domain;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How one regulator hub behaves: every way receivers differ is a setting here (接收方配置). One profile per path
 * prefix: its uploads arrive at {@code /{name}/{path}}.
 */
public record ReceiverProfile(
        String name,
        Map<RecordType, String> paths,
        String dateTimePattern,
        String datePattern,
        RiskClassEncoding riskClass,
        String checkRecordIdField,
        String hazardPhotoField,
        String acceptancePhotoField,
        AttachmentFormat attachmentFormat,
        boolean splitHazardCode,
        boolean decimalCheckCycle,
        boolean acceptsWeekAndQuarter,
        boolean requireTyshxydm,
        Map<RecordType, Set<String>> extraRequired,
        boolean parentChecks,
        BatchMode batchMode,
        Acknowledgement acknowledgement,
        String receiptUrl,
        String receiptUser,
        String receiptPassword,
        long receiptDelayMs,
        int maxBatchSize,
        int authFailureStatus,
        List<Account> accounts) {

    public static final Set<String> RESERVED_NAMES = Set.of("admin", "actuator", "error");
    public static final List<String> CHECK_RECORD_ID_FIELDS = List.of("checkRecordId", "recordId");
    public static final List<List<String>> PHOTO_FIELDS = List.of(
            List.of("attachments1", "attachments2"), List.of("dangerImg", "dangerAcceptImg"));

    public ReceiverProfile {
        if (name == null || !name.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new InvalidSettingException("name", "format", "1–40 letters, digits, '-' or '_'");
        }
        if (RESERVED_NAMES.contains(name)) {
            throw new InvalidSettingException("name", "reserved", "'" + name + "' is reserved");
        }
        EnumMap<RecordType, String> allPaths = new EnumMap<>(RecordType.class);
        for (RecordType t : RecordType.values()) {
            String path = paths == null ? null : paths.get(t);
            allPaths.put(t, path == null ? t.code() : path);
        }
        for (String path : allPaths.values()) {
            if (!path.matches("[A-Za-z0-9_.-]{1,60}") || path.equals("receipts")) {
                throw new InvalidSettingException("paths", "format", "a path segment (not 'receipts'): " + path);
            }
        }
        if (new HashSet<>(allPaths.values()).size() != allPaths.size()) {
            throw new InvalidSettingException("paths", "unique", "two record types share a path");
        }
        paths = Collections.unmodifiableMap(allPaths);
        dateTimePattern = pattern(dateTimePattern, "yyyyMMddHHmmss", "dateTimePattern");
        datePattern = pattern(datePattern, "yyyyMMdd", "datePattern");
        riskClass = riskClass == null ? RiskClassEncoding.ONE_MAJOR_FIRST : riskClass;
        checkRecordIdField = checkRecordIdField == null ? "checkRecordId" : checkRecordIdField;
        if (!CHECK_RECORD_ID_FIELDS.contains(checkRecordIdField)) {
            throw new InvalidSettingException("checkRecordIdField", "code", "one of " + CHECK_RECORD_ID_FIELDS);
        }
        if (hazardPhotoField == null && acceptancePhotoField == null) {
            hazardPhotoField = "attachments1";
            acceptancePhotoField = "attachments2";
        }
        if (!PHOTO_FIELDS.contains(java.util.Arrays.asList(hazardPhotoField, acceptancePhotoField))) {
            throw new InvalidSettingException("attachmentFields", "code", "one of " + PHOTO_FIELDS);
        }
        attachmentFormat = attachmentFormat == null ? AttachmentFormat.BASE64 : attachmentFormat;
        EnumMap<RecordType, Set<String>> extra = new EnumMap<>(RecordType.class);
        if (extraRequired != null) {
            extraRequired.forEach((t, fields) -> extra.put(t, Set.copyOf(new LinkedHashSet<>(fields))));
        }
        extraRequired = Collections.unmodifiableMap(extra);
        batchMode = batchMode == null ? BatchMode.PER_RECORD : batchMode;
        acknowledgement = acknowledgement == null ? Acknowledgement.SYNC : acknowledgement;
        if (receiptUrl != null && !receiptUrl.matches("https?://\\S+")) {
            throw new InvalidSettingException("receiptUrl", "format", "an http(s) URL");
        }
        if (receiptDelayMs < 0 || receiptDelayMs > 600_000) {
            throw new InvalidSettingException("receiptDelayMs", "range", "0–600000");
        }
        if (maxBatchSize < 1 || maxBatchSize > 1000) {
            throw new InvalidSettingException("maxBatchSize", "range", "1–1000");
        }
        if (authFailureStatus < 400 || authFailureStatus > 599) {
            throw new InvalidSettingException("authFailureStatus", "range", "400–599");
        }
        accounts = List.copyOf(accounts == null ? List.of() : accounts);
        if (accounts.stream().map(Account::user).distinct().count() != accounts.size()) {
            throw new InvalidSettingException("accounts", "unique", "two accounts with the same user");
        }
    }

    /** A builder with the specification's defaults. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.paths.putAll(paths);
        b.dateTimePattern = dateTimePattern;
        b.datePattern = datePattern;
        b.riskClass = riskClass;
        b.checkRecordIdField = checkRecordIdField;
        b.hazardPhotoField = hazardPhotoField;
        b.acceptancePhotoField = acceptancePhotoField;
        b.attachmentFormat = attachmentFormat;
        b.splitHazardCode = splitHazardCode;
        b.decimalCheckCycle = decimalCheckCycle;
        b.acceptsWeekAndQuarter = acceptsWeekAndQuarter;
        b.requireTyshxydm = requireTyshxydm;
        b.extraRequired.putAll(extraRequired);
        b.parentChecks = parentChecks;
        b.batchMode = batchMode;
        b.acknowledgement = acknowledgement;
        b.receiptUrl = receiptUrl;
        b.receiptUser = receiptUser;
        b.receiptPassword = receiptPassword;
        b.receiptDelayMs = receiptDelayMs;
        b.maxBatchSize = maxBatchSize;
        b.authFailureStatus = authFailureStatus;
        b.accounts.addAll(accounts);
        return b;
    }

    public String path(RecordType type) {
        return paths.get(type);
    }

    public Optional<RecordType> typeAt(String path) {
        return paths.entrySet().stream().filter(e -> e.getValue().equals(path)).map(Map.Entry::getKey).findFirst();
    }

    public Optional<Account> account(String user) {
        return accounts.stream().filter(a -> a.user().equals(user)).findFirst();
    }

    public Set<String> extraRequired(RecordType type) {
        return extraRequired.getOrDefault(type, Set.of());
    }

    /** The same profile with passwords, keys and IVs masked. */
    public ReceiverProfile masked() {
        Builder b = toBuilder();
        b.accounts.replaceAll(Account::masked);
        b.receiptPassword = receiptPassword == null ? null : "******";
        return b.build();
    }

    private static String pattern(String pattern, String fallback, String field) {
        String p = pattern == null ? fallback : pattern;
        try {
            DateTimeFormatter.ofPattern(p);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(field, "format", "not a date pattern: " + p);
        }
        return p;
    }

    /** Builds a profile; everything not set is the specification as written. */
    public static final class Builder {
        private final String name;
        private final Map<RecordType, String> paths = new EnumMap<>(RecordType.class);
        private String dateTimePattern;
        private String datePattern;
        private RiskClassEncoding riskClass;
        private String checkRecordIdField;
        private String hazardPhotoField;
        private String acceptancePhotoField;
        private AttachmentFormat attachmentFormat;
        private boolean splitHazardCode;
        private boolean decimalCheckCycle;
        private boolean acceptsWeekAndQuarter;
        private boolean requireTyshxydm;
        private final Map<RecordType, Set<String>> extraRequired = new EnumMap<>(RecordType.class);
        private boolean parentChecks = true;
        private BatchMode batchMode;
        private Acknowledgement acknowledgement;
        private String receiptUrl;
        private String receiptUser;
        private String receiptPassword;
        private long receiptDelayMs = 200;
        private int maxBatchSize = 50;
        private int authFailureStatus = 401;
        private final List<Account> accounts = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder path(RecordType type, String path) {
            paths.put(type, path);
            return this;
        }

        public Builder dateTimePattern(String pattern) {
            this.dateTimePattern = pattern;
            return this;
        }

        public Builder datePattern(String pattern) {
            this.datePattern = pattern;
            return this;
        }

        public Builder riskClass(RiskClassEncoding encoding) {
            this.riskClass = encoding;
            return this;
        }

        public Builder checkRecordIdField(String field) {
            this.checkRecordIdField = field;
            return this;
        }

        public Builder attachmentFields(String hazardPhoto, String acceptancePhoto) {
            this.hazardPhotoField = hazardPhoto;
            this.acceptancePhotoField = acceptancePhoto;
            return this;
        }

        public Builder attachmentFormat(AttachmentFormat format) {
            this.attachmentFormat = format;
            return this;
        }

        public Builder splitHazardCode(boolean split) {
            this.splitHazardCode = split;
            return this;
        }

        public Builder decimalCheckCycle(boolean decimal) {
            this.decimalCheckCycle = decimal;
            return this;
        }

        public Builder acceptsWeekAndQuarter(boolean accepts) {
            this.acceptsWeekAndQuarter = accepts;
            return this;
        }

        public Builder requireTyshxydm(boolean require) {
            this.requireTyshxydm = require;
            return this;
        }

        public Builder extraRequired(RecordType type, String... fields) {
            extraRequired.put(type, Set.of(fields));
            return this;
        }

        public Builder parentChecks(boolean check) {
            this.parentChecks = check;
            return this;
        }

        public Builder batchMode(BatchMode mode) {
            this.batchMode = mode;
            return this;
        }

        public Builder acknowledgement(Acknowledgement ack) {
            this.acknowledgement = ack;
            return this;
        }

        public Builder receiptUrl(String url) {
            this.receiptUrl = url;
            return this;
        }

        public Builder receiptCredentials(String user, String password) {
            this.receiptUser = user;
            this.receiptPassword = password;
            return this;
        }

        public Builder receiptDelayMs(long delay) {
            this.receiptDelayMs = delay;
            return this;
        }

        public Builder maxBatchSize(int size) {
            this.maxBatchSize = size;
            return this;
        }

        public Builder authFailureStatus(int status) {
            this.authFailureStatus = status;
            return this;
        }

        public Builder account(Account account) {
            accounts.add(account);
            return this;
        }

        public ReceiverProfile build() {
            return new ReceiverProfile(name, paths, dateTimePattern, datePattern, riskClass, checkRecordIdField,
                    hazardPhotoField, acceptancePhotoField, attachmentFormat, splitHazardCode, decimalCheckCycle,
                    acceptsWeekAndQuarter, requireTyshxydm, extraRequired, parentChecks, batchMode, acknowledgement,
                    receiptUrl, receiptUser, receiptPassword, receiptDelayMs, maxBatchSize, authFailureStatus,
                    accounts);
        }
    }
}
