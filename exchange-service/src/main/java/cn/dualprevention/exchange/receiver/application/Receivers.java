package cn.dualprevention.exchange.receiver.application;

import cn.dualprevention.exchange.enterprise.domain.EnterpriseDirectory;
import cn.dualprevention.exchange.enterprise.domain.EnterpriseIdentity;
import cn.dualprevention.exchange.receiver.domain.Acknowledgement;
import cn.dualprevention.exchange.receiver.domain.HttpBatchProfile;
import cn.dualprevention.exchange.receiver.domain.Receiver;
import cn.dualprevention.exchange.receiver.domain.ReceiverProfile;
import cn.dualprevention.exchange.receiver.domain.ReceiverRepository;
import cn.dualprevention.exchange.receiver.domain.ReceiverSecrets;
import cn.dualprevention.exchange.receiver.domain.StreamProfile;
import cn.dualprevention.exchange.record.domain.RecordType;
import cn.dualprevention.exchange.record.domain.RiskClassEncoding;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.errors.RuleViolationException;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** 数据接收方管理 — receivers of the caller's enterprises: define, change, remove, list. */
@Service
public class Receivers {

    private static final Logger log = LoggerFactory.getLogger(Receivers.class);
    private static final Set<String> LEVELS = Set.of("MAJOR", "CONSIDERABLE", "GENERAL", "LOW");

    private final ReceiverRepository receivers;
    private final ReceiverDirectory directory;
    private final EnterpriseDirectory enterprises;
    private final ReceiverSettings settings;
    private final SecretBox secretBox;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    public Receivers(ReceiverRepository receivers, ReceiverDirectory directory, EnterpriseDirectory enterprises,
                     ReceiverSettings settings, SecretBox secretBox, Clock clock,
                     org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.receivers = receivers;
        this.directory = directory;
        this.enterprises = enterprises;
        this.settings = settings;
        this.secretBox = secretBox;
        this.clock = clock;
    }

    /** The receivers the caller may see: its enterprises' own, and the configured ones serving every enterprise. */
    public List<Receiver> list() {
        Caller caller = CallerContext.require();
        return receivers.all().stream().filter(r -> r.enterpriseId() == null || caller.mayAccess(r.groupId(), r.enterpriseId()))
                .toList();
    }

    public Receiver get(String id) {
        Caller caller = CallerContext.require();
        Receiver receiver = receivers.find(id).orElseThrow(() -> new NotFoundException("receiver", id));
        if (receiver.enterpriseId() != null) {
            caller.requireAccess(receiver.groupId(), receiver.enterpriseId(), "receiver", id);
        }
        return receiver;
    }

    /** A new receiver; its first connection sends everything of the enterprise (full sync), by itself. */
    public Receiver create(ReceiverCommand command) {
        Caller caller = CallerContext.require();
        EnterpriseIdentity enterprise = enterprise(caller, command.enterpriseId());
        ReceiverProfile profile = profile(command);
        ReceiverSecrets secrets = secrets(profile, command.credentials());
        Receiver receiver = new Receiver(Ids.newId(), 1, enterprise.groupId(), enterprise.enterpriseId(), name(command),
                command.enabled() == null || command.enabled(), profile, profile instanceof HttpBatchProfile ? command.credentials() : null,
                secrets, null, null, null, clock.instant());
        directory.save(receiver);
        log.info("receiver {} ({}) defined for enterprise {} by {}", receiver.id(), profile.kind(), enterprise.enterpriseId(),
                caller.userId());
        return receiver;
    }

    /** Changes a receiver; a receiver stopped because of its credentials or settings delivers again. */
    public Receiver update(String id, ReceiverCommand command) {
        Receiver existing = editable(id);
        if (command.enterpriseId() != null && !command.enterpriseId().equals(existing.enterpriseId())) {
            throw new InvalidValueException("enterpriseId", "unchanged", "a receiver stays with its enterprise; define a new one");
        }
        ReceiverProfile profile = profile(command);
        ReceiverSecrets secrets = secrets(profile, command.credentials());
        Receiver changed = new Receiver(existing.id(), existing.version() + 1, existing.groupId(), existing.enterpriseId(),
                name(command), command.enabled() == null || command.enabled(), profile,
                profile instanceof HttpBatchProfile ? command.credentials() : null, secrets, null, existing.firstSyncAt(), null,
                existing.createdAt());
        directory.save(changed);
        log.info("receiver {} changed by {}", id, CallerContext.require().userId());
        if (!changed.enabled()) {
            events.publishEvent(new ReceiverDisabled(id));
        }
        return changed;
    }

    public void delete(String id) {
        editable(id);
        receivers.delete(id);
        directory.invalidate();
        events.publishEvent(new ReceiverRemoved(id));
    }

    private Receiver editable(String id) {
        Receiver receiver = get(id);
        if (receiver.configured()) {
            throw new RuleViolationException("receiver/configured", "receiver " + id + " is defined by configuration ("
                    + receiver.configuredAs() + "), its source of truth: change it there and restart; through the API it is "
                    + "read-only (resync and re-send still work)");
        }
        return receiver;
    }

    private EnterpriseIdentity enterprise(Caller caller, String enterpriseId) {
        if (enterpriseId == null || enterpriseId.isBlank()) {
            throw new InvalidValueException("enterpriseId", "required", "enterpriseId is required");
        }
        EnterpriseIdentity enterprise = enterprises.find(enterpriseId).orElse(null);
        caller.requireAccess(enterprise == null ? null : enterprise.groupId(), enterpriseId, "enterprise", enterpriseId);
        return enterprise;
    }

    static String name(ReceiverCommand command) {
        if (command.name() == null || command.name().isBlank()) {
            throw new InvalidValueException("name", "required", "name is required");
        }
        if (command.name().length() > 100) {
            throw new InvalidValueException("name", "max-length", "name is at most 100 characters");
        }
        return command.name().trim();
    }

    ReceiverSecrets secrets(ReceiverProfile profile, String credentials) {
        if (!(profile instanceof HttpBatchProfile)) {
            return null;
        }
        if (credentials == null || credentials.isBlank()) {
            throw new InvalidValueException("credentials", "required", "an http-batch receiver names its configured secret set");
        }
        ReceiverSettings.SecretSet set = settings.secrets().get(credentials);
        if (set == null) {
            throw new InvalidValueException("credentials", "configured",
                    "no secret set '" + credentials + "' is configured (dp.exchange.secrets." + credentials + ".*)");
        }
        if (!secretBox.available()) {
            throw new RuleViolationException("master-key/configured",
                    "secrets cannot be stored without a master key (DP_EXCHANGE_MASTER_KEY)");
        }
        if (set.user() == null || set.password() == null) {
            throw new InvalidValueException("credentials", "complete", "secret set '" + credentials + "' lacks user or password");
        }
        return new ReceiverSecrets(set.user(), set.password(), aes(credentials, "aes-key", set.aesKey()),
                aes(credentials, "aes-iv", set.aesIv()));
    }

    /** 16 characters, or base64 of 16 bytes. */
    static byte[] aes(String credentials, String what, String value) {
        if (value != null) {
            byte[] raw = value.getBytes(StandardCharsets.UTF_8);
            if (raw.length == 16) {
                return raw;
            }
            try {
                byte[] decoded = Base64.getDecoder().decode(value);
                if (decoded.length == 16) {
                    return decoded;
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        throw new InvalidValueException("credentials", "aes-128",
                "secret set '" + credentials + "': " + what + " must be 16 characters or base64 of 16 bytes");
    }

    static ReceiverProfile profile(ReceiverCommand c) {
        if (StreamProfile.KIND.equals(c.profile())) {
            String prefix = c.topicPrefix() == null ? StreamProfile.DEFAULT_PREFIX : c.topicPrefix();
            if (!prefix.matches("[A-Za-z0-9._-]{1,100}")) {
                throw new InvalidValueException("topicPrefix", "topic-name", "topicPrefix may hold letters, digits, '.', '_' and '-'");
            }
            return new StreamProfile(prefix);
        }
        if (!HttpBatchProfile.KIND.equals(c.profile())) {
            throw new InvalidValueException("profile", "one-of", "profile must be one of [kafka-stream, http-batch]");
        }
        return new HttpBatchProfile(baseUrl(c.baseUrl()), paths(c.paths()), batchSize(c.batchSize()), dateTimeFormat(c.dateTimeFormat()),
                dateFormat(c.dateFormat()),
                riskClass(c.riskClassCodes()), Boolean.TRUE.equals(c.acceptsWeekAndQuarter()), Boolean.TRUE.equals(c.integerCheckCycle()),
                Boolean.TRUE.equals(c.splitHazardCode()), Boolean.TRUE.equals(c.attachmentsAsDataUrl()), fieldNames(c.fieldNames()),
                requiredFields(c.requiredFields()), acknowledgement(c.acknowledgement()),
                seconds("receiptTimeoutSeconds", c.receiptTimeoutSeconds(), 1, 7 * 24 * 3600),
                seconds("timeoutSeconds", c.timeoutSeconds(), 1, 600));
    }

    private static String baseUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidValueException("baseUrl", "required", "an http-batch receiver needs its baseUrl");
        }
        try {
            URI uri = URI.create(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("baseUrl", "http-url", "baseUrl must be an http or https URL");
        }
        return url;
    }

    private static Map<RecordType, String> paths(Map<String, String> paths) {
        Map<RecordType, String> result = new EnumMap<>(RecordType.class);
        if (paths != null) {
            paths.forEach((type, path) -> {
                RecordType recordType = RecordType.ofSpecName(type).orElseThrow(() -> new InvalidValueException("paths",
                        "record-type", "paths are keyed by record type, e.g. riskUnit; not " + type));
                if (path == null || !path.matches("/?[A-Za-z0-9._~/-]{1,200}")) {
                    throw new InvalidValueException("paths", "path", "the path of " + type + " must be a URL path");
                }
                result.put(recordType, path);
            });
        }
        return result;
    }

    private static int batchSize(Integer size) {
        if (size == null) {
            return 50;
        }
        if (size < 1 || size > 500) {
            throw new InvalidValueException("batchSize", "range", "batchSize must be 1–500");
        }
        return size;
    }

    private static String dateTimeFormat(String format) {
        if (format != null && !HttpBatchProfile.DATE_TIME_FORMATS.contains(format)) {
            throw new InvalidValueException("dateTimeFormat", "one-of", "dateTimeFormat must be one of " + HttpBatchProfile.DATE_TIME_FORMATS);
        }
        return format;
    }

    private static String dateFormat(String format) {
        if (format != null && !HttpBatchProfile.DATE_FORMATS.contains(format)) {
            throw new InvalidValueException("dateFormat", "one-of", "dateFormat must be one of " + HttpBatchProfile.DATE_FORMATS);
        }
        return format;
    }

    private static RiskClassEncoding riskClass(Map<String, String> codes) {
        if (codes == null) {
            return RiskClassEncoding.DEFAULT;
        }
        if (!codes.keySet().equals(LEVELS) || new HashSet<>(codes.values()).size() != 4
                || codes.values().stream().anyMatch(code -> code == null || code.isBlank())) {
            throw new InvalidValueException("riskClassCodes", "four-levels",
                    "riskClassCodes maps each of " + LEVELS + " to its own code, e.g. {\"MAJOR\":\"0\",...}");
        }
        return new RiskClassEncoding(codes);
    }

    private static Map<String, String> fieldNames(Map<String, String> names) {
        if (names == null) {
            return Map.of();
        }
        names.forEach((from, to) -> {
            requireTypedField("fieldNames", from);
            if (to == null || !to.matches("[A-Za-z][A-Za-z0-9_]{0,63}")) {
                throw new InvalidValueException("fieldNames", "field-name", "the new name of " + from + " must be a field name");
            }
        });
        return names;
    }

    private static List<String> requiredFields(List<String> fields) {
        if (fields == null) {
            return List.of();
        }
        fields.forEach(field -> requireTypedField("requiredFields", field));
        return fields;
    }

    private static void requireTypedField(String field, String typed) {
        int dot = typed == null ? -1 : typed.indexOf('.');
        if (dot < 1 || RecordType.ofSpecName(typed.substring(0, dot)).isEmpty() || !typed.substring(dot + 1).matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new InvalidValueException(field, "record-type-field", field + " entries are recordType.field, e.g. hiddenDanger.checkRecordId");
        }
    }

    private static Acknowledgement acknowledgement(String value) {
        if (value == null) {
            return Acknowledgement.SYNC;
        }
        try {
            return Acknowledgement.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("acknowledgement", "one-of", "acknowledgement must be one of [SYNC, ASYNC]");
        }
    }

    private static Duration seconds(String field, Integer value, int min, int max) {
        if (value == null) {
            return null;
        }
        if (value < min || value > max) {
            throw new InvalidValueException(field, "range", field + " must be " + min + "–" + max);
        }
        return Duration.ofSeconds(value);
    }
}
