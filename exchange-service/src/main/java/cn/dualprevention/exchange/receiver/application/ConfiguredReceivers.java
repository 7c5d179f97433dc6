package cn.dualprevention.exchange.receiver.application;

import cn.dualprevention.exchange.enterprise.domain.EnterpriseDirectory;
import cn.dualprevention.exchange.enterprise.domain.EnterpriseIdentity;
import cn.dualprevention.exchange.receiver.domain.HttpBatchProfile;
import cn.dualprevention.exchange.receiver.domain.Receiver;
import cn.dualprevention.exchange.receiver.domain.ReceiverProfile;
import cn.dualprevention.exchange.receiver.domain.ReceiverRepository;
import cn.dualprevention.exchange.receiver.domain.ReceiverSecrets;
import cn.dualprevention.platform.errors.ConcurrentChangeException;
import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.RuleViolationException;
import cn.dualprevention.platform.events.EventEnvelope;
import cn.dualprevention.platform.inbox.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * 配置的数据接收方 — receivers defined in configuration ({@code dp.exchange.receivers.<name>.*}), which is their source
 * of truth. Checked when the service starts (a bad setting fails the start, naming the property); at every start each
 * one is created or brought up to date for each of its enterprises already known, as receiver
 * {@code <name>-<enterpriseId>} (a unique key: two instances starting together end with one receiver, and its
 * delivery state — what it accepted, its first sync — is kept); a receiver no longer configured is removed. An
 * enterprise not known yet gets its receiver when {@code risk.enterprise.registered.v1} arrives; the first connection
 * then sends everything of the enterprise by itself, as for any new receiver.
 */
@Component
public class ConfiguredReceivers implements ApplicationRunner, EventHandler {

    static final String PREFIX = "dp.exchange.receivers.";
    private static final String REGISTERED = "risk.enterprise.registered.v1";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,50}");
    private static final int ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(ConfiguredReceivers.class);

    private final List<Definition> definitions;
    private final ReceiverRepository repository;
    private final ReceiverDirectory directory;
    private final EnterpriseDirectory enterprises;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public ConfiguredReceivers(ReceiverSettings settings, Receivers rules, ReceiverRepository repository,
                               ReceiverDirectory directory, EnterpriseDirectory enterprises, Clock clock,
                               ApplicationEventPublisher events) {
        this.definitions = definitions(settings, rules);
        this.repository = repository;
        this.directory = directory;
        this.enterprises = enterprises;
        this.clock = clock;
        this.events = events;
    }

    /**
     * A configured receiver, checked as the API checks a definition.
     *
     * @param key the configuration name, {@code dp.exchange.receivers.<key>}
     */
    record Definition(String key, String name, boolean enabled, ReceiverProfile profile, String credentials,
                      ReceiverSecrets secrets, List<String> enterpriseIds, List<String> enterpriseCodes) {

        String configuredAs() {
            return PREFIX + key;
        }

        String receiverId(String enterpriseId) {
            return key + "-" + enterpriseId;
        }

        boolean serves(String enterpriseId, String companyCode) {
            return enterpriseIds.contains(enterpriseId) || companyCode != null && enterpriseCodes.contains(companyCode);
        }

        @Override
        public String toString() {
            return "Definition[" + configuredAs() + "]"; // never the secrets
        }
    }

    /** Every configured receiver, checked; a bad one throws naming the property and the rule. */
    static List<Definition> definitions(ReceiverSettings settings, Receivers rules) {
        List<Definition> result = new ArrayList<>();
        new TreeMap<>(settings.receivers()).forEach((key, configured) -> result.add(definition(key, configured, rules)));
        return List.copyOf(result);
    }

    static Definition definition(String key, ReceiverSettings.ConfiguredReceiver c, Receivers rules) {
        String at = PREFIX + key;
        if (!KEY.matcher(key).matches()) {
            throw invalid(at, "name", "the name of a configured receiver is 1–50 letters, digits, '-' or '_'");
        }
        List<String> ids = entries(c.enterpriseIds());
        List<String> codes = entries(c.enterpriseCodes());
        if (ids.isEmpty() && codes.isEmpty()) {
            throw invalid(at + ".enterprise-codes", "required",
                    "name the enterprise(s) it serves by company code (enterprise-codes) or by id (enterprise-ids)");
        }
        ReceiverCommand command = new ReceiverCommand(c.name() == null ? key : c.name(), null, c.profile(), c.enabled(),
                c.topicPrefix(), c.baseUrl(), c.paths(), c.batchSize(), c.dateTimeFormat(), c.dateFormat(), c.riskClassCodes(),
                c.acceptsWeekAndQuarter(), c.integerCheckCycle(), c.splitHazardCode(), c.attachmentsAsDataUrl(), c.fieldNames(),
                c.requiredFields(), c.acknowledgement(), c.receiptTimeoutSeconds(), c.timeoutSeconds(), c.credentials());
        try {
            String name = Receivers.name(command);
            ReceiverProfile profile = Receivers.profile(command);
            ReceiverSecrets secrets = rules.secrets(profile, command.credentials());
            return new Definition(key, name, command.enabled() == null || command.enabled(), profile,
                    profile instanceof HttpBatchProfile ? command.credentials() : null, secrets, ids, codes);
        } catch (InvalidValueException e) {
            FieldViolation violation = e.violations().getFirst();
            throw invalid(at + "." + kebab(violation.field()), violation.rule(), violation.message());
        } catch (RuleViolationException e) {
            throw invalid("master-key/configured".equals(e.rule()) ? "dp.exchange.master-key" : at, e.rule(), e.getMessage());
        }
    }

    @Override
    public void run(ApplicationArguments arguments) {
        bringAllUpToDate();
    }

    /**
     * Creates or brings up to date every configured receiver of an enterprise already known, and removes the stored
     * ones no longer configured (with their deliveries). A receiver the receiver's side had stopped (credentials or
     * settings refused) is tried again: with its settings read-only through the API, a restart is how a person acts.
     */
    public synchronized void bringAllUpToDate() {
        Set<String> wanted = new HashSet<>();
        for (Definition definition : definitions) {
            Map<String, EnterpriseIdentity> known = new LinkedHashMap<>();
            List<String> unknown = new ArrayList<>();
            definition.enterpriseIds().forEach(id -> enterprises.find(id)
                    .ifPresentOrElse(e -> known.put(e.enterpriseId(), e), () -> unknown.add("id " + id)));
            definition.enterpriseCodes().forEach(code -> enterprises.findByCompanyCode(code)
                    .ifPresentOrElse(e -> known.put(e.enterpriseId(), e), () -> unknown.add("code " + code)));
            for (EnterpriseIdentity enterprise : known.values()) {
                wanted.add(definition.receiverId(enterprise.enterpriseId()));
                bringUpToDate(definition, enterprise.enterpriseId(), enterprise.groupId(), true);
            }
            if (!unknown.isEmpty()) {
                log.info("configured receiver {}: enterprise(s) {} not known yet; their receivers start when they are registered",
                        definition.configuredAs(), unknown);
            }
        }
        Set<String> configured = new HashSet<>();
        definitions.forEach(definition -> configured.add(definition.configuredAs()));
        for (Receiver stored : repository.all()) {
            if (stored.configuredAs() == null || !stored.configuredAs().startsWith(PREFIX) || wanted.contains(stored.id())) {
                continue;
            }
            // still configured, but its enterprise not in the directory yet (registered a moment ago): kept
            boolean enterpriseUnknown = enterprises.find(stored.enterpriseId()).isEmpty();
            if (!configured.contains(stored.configuredAs()) || !enterpriseUnknown) {
                repository.delete(stored.id());
                directory.invalidate();
                events.publishEvent(new ReceiverRemoved(stored.id()));
                log.warn("receiver {} removed: {} no longer defines it for enterprise {}", stored.id(), stored.configuredAs(),
                        stored.enterpriseId());
            }
        }
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(REGISTERED);
    }

    /** An enterprise became known (or changed): the configured receivers naming it start serving it. */
    @Override
    public void handle(EventEnvelope event) {
        String enterpriseId = event.enterpriseId() != null ? event.enterpriseId() : event.aggregateId();
        String companyCode = event.data().path("companyCode").isString() ? event.data().get("companyCode").asString() : null;
        for (Definition definition : definitions) {
            if (definition.serves(enterpriseId, companyCode)) {
                synchronized (this) {
                    bringUpToDate(definition, enterpriseId, event.groupId(), false);
                }
            }
        }
    }

    /** Creates the receiver of one enterprise, or changes it where the configuration differs; keeps its delivery state. */
    private void bringUpToDate(Definition definition, String enterpriseId, String groupId, boolean restart) {
        String id = definition.receiverId(enterpriseId);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Receiver> stored = repository.find(id);
            try {
                if (stored.isEmpty()) {
                    repository.save(new Receiver(id, 1, groupId, enterpriseId, definition.name(), definition.enabled(),
                            definition.profile(), definition.credentials(), definition.secrets(), null, null,
                            definition.configuredAs(), clock.instant()));
                    directory.invalidate();
                    log.info("receiver {} ({}) created from {} for enterprise {}; its first connection sends everything", id,
                            definition.profile().kind(), definition.configuredAs(), enterpriseId);
                    return;
                }
                Receiver current = stored.get();
                boolean same = sameDefinition(current, definition, groupId);
                if (same && (current.blockedReason() == null || !restart)) {
                    return;
                }
                repository.save(new Receiver(id, current.version() + 1, groupId, enterpriseId, definition.name(),
                        definition.enabled(), definition.profile(), definition.credentials(), definition.secrets(), null,
                        current.firstSyncAt(), definition.configuredAs(), current.createdAt()));
                directory.invalidate();
                if (!definition.enabled()) {
                    events.publishEvent(new ReceiverDisabled(id));
                }
                if (same) {
                    log.warn("receiver {} had been stopped ({}); tried again after the restart", id, current.blockedReason());
                } else {
                    log.info("receiver {} brought up to date with {}", id, definition.configuredAs());
                }
                return;
            } catch (ConcurrentChangeException e) {
                // another instance (or the delivery loop) changed it at the same moment: look again
            }
        }
        throw new IllegalStateException("receiver " + id + " of " + definition.configuredAs() + " kept changing while being brought up to date");
    }

    private static boolean sameDefinition(Receiver r, Definition d, String groupId) {
        return Objects.equals(r.groupId(), groupId) && r.name().equals(d.name()) && r.enabled() == d.enabled()
                && r.profile().equals(d.profile()) && Objects.equals(r.credentials(), d.credentials())
                && Objects.equals(r.secrets(), d.secrets()) && d.configuredAs().equals(r.configuredAs());
    }

    private static List<String> entries(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(String::trim).filter(v -> !v.isEmpty())
                .distinct().toList();
    }

    /** {@code baseUrl} → {@code base-url}, as the property is written. */
    static String kebab(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static IllegalStateException invalid(String property, String rule, String message) {
        return new IllegalStateException("Invalid receiver configuration: " + property + " (" + rule + "): " + message);
    }
}
