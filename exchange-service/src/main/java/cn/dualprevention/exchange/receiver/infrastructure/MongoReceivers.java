package cn.dualprevention.exchange.receiver.infrastructure;

import cn.dualprevention.exchange.receiver.application.ReceiverSettings;
import cn.dualprevention.exchange.receiver.application.SecretBox;
import cn.dualprevention.exchange.receiver.domain.Acknowledgement;
import cn.dualprevention.exchange.receiver.domain.HttpBatchProfile;
import cn.dualprevention.exchange.receiver.domain.Receiver;
import cn.dualprevention.exchange.receiver.domain.ReceiverProfile;
import cn.dualprevention.exchange.receiver.domain.ReceiverRepository;
import cn.dualprevention.exchange.receiver.domain.ReceiverSecrets;
import cn.dualprevention.exchange.receiver.domain.StreamProfile;
import cn.dualprevention.exchange.record.domain.RecordType;
import cn.dualprevention.exchange.record.domain.RiskClassEncoding;
import cn.dualprevention.platform.errors.ConcurrentChangeException;
import cn.dualprevention.platform.outbox.AggregateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Receivers in {@code receivers} (those defined through the API and those of {@code dp.exchange.receivers.*}), plus
 * the configured default stream receiver {@value #DEFAULT_STREAM_ID} (every enterprise, not stored). Secrets are
 * sealed on the way in and opened on the way out.
 */
@Repository
class MongoReceivers implements ReceiverRepository {

    static final String DEFAULT_STREAM_ID = "regulator-stream";
    private static final Logger log = LoggerFactory.getLogger(MongoReceivers.class);

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final SecretBox secretBox;
    private final Receiver defaultStream;

    MongoReceivers(MongoTemplate mongo, AggregateStore store, SecretBox secretBox, ReceiverSettings settings) {
        this.mongo = mongo;
        this.store = store;
        this.secretBox = secretBox;
        this.defaultStream = settings.stream().defaultReceiver()
                ? new Receiver(DEFAULT_STREAM_ID, 1, null, null, "监管数据流 regulator stream", true,
                new StreamProfile(settings.stream().topicPrefix()), null, null, null, Instant.EPOCH,
                "dp.exchange.stream.default-receiver", Instant.EPOCH)
                : null;
    }

    @Override
    public Optional<Receiver> find(String id) {
        if (defaultStream != null && defaultStream.id().equals(id)) {
            return Optional.of(defaultStream);
        }
        return Optional.ofNullable(mongo.findById(id, ReceiverDocument.class)).map(this::toReceiver);
    }

    @Override
    public List<Receiver> all() {
        List<Receiver> all = new ArrayList<>();
        if (defaultStream != null) {
            all.add(defaultStream);
        }
        mongo.findAll(ReceiverDocument.class).stream().map(this::toReceiver).forEach(all::add);
        return all;
    }

    @Override
    public List<Receiver> serving(String enterpriseId) {
        List<Receiver> serving = new ArrayList<>();
        if (defaultStream != null) {
            serving.add(defaultStream);
        }
        mongo.find(Query.query(Criteria.where("enterpriseId").is(enterpriseId)), ReceiverDocument.class).stream()
                .map(this::toReceiver).forEach(serving::add);
        return serving;
    }

    @Override
    public void save(Receiver receiver) {
        if (defaultStream != null && defaultStream.id().equals(receiver.id())) {
            return; // configuration is its only source, nothing of it is stored
        }
        ReceiverDocument document = toDocument(receiver);
        if (receiver.version() == 1) {
            try {
                store.insertWith(document, List.of());
            } catch (DuplicateKeyException e) {
                throw new ConcurrentChangeException("receiver", receiver.id());
            }
        } else {
            store.updateWith(document, List.of());
        }
    }

    @Override
    public void delete(String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), ReceiverDocument.class);
    }

    private ReceiverDocument toDocument(Receiver r) {
        String sealed = r.secrets() == null ? null : secretBox.seal(r.secrets());
        if (r.profile() instanceof HttpBatchProfile http) {
            Map<String, String> paths = new LinkedHashMap<>();
            http.paths().forEach((type, path) -> paths.put(type.specName(), path));
            List<String> names = new ArrayList<>();
            http.fieldNames().forEach((from, to) -> names.add(from + "=" + to));
            return new ReceiverDocument(r.id(), r.version(), r.groupId(), r.enterpriseId(), r.name(), r.enabled(), http.kind(),
                    null, http.baseUrl(), paths, http.batchSize(), http.dateTimeFormat(), http.dateFormat(), http.riskClass().codes(),
                    http.acceptsWeekAndQuarter(), http.integerCheckCycle(), http.splitHazardCode(), http.attachmentsAsDataUrl(),
                    names, http.requiredFields(), http.acknowledgement().name(), http.receiptTimeout().toSeconds(),
                    http.timeout().toSeconds(), r.credentials(), sealed, r.blockedReason(), r.firstSyncAt(), r.configuredAs(), r.createdAt());
        }
        StreamProfile stream = (StreamProfile) r.profile();
        return new ReceiverDocument(r.id(), r.version(), r.groupId(), r.enterpriseId(), r.name(), r.enabled(), stream.kind(),
                stream.topicPrefix(), null, null, stream.batchSize(), null, null, null, false, false, false, false, null, null, null, 0,
                0, r.credentials(), sealed, r.blockedReason(), r.firstSyncAt(), r.configuredAs(), r.createdAt());
    }

    private Receiver toReceiver(ReceiverDocument d) {
        ReceiverProfile profile;
        if (HttpBatchProfile.KIND.equals(d.kind())) {
            Map<RecordType, String> paths = new EnumMap<>(RecordType.class);
            if (d.paths() != null) {
                d.paths().forEach((type, path) -> RecordType.ofSpecName(type).ifPresent(t -> paths.put(t, path)));
            }
            Map<String, String> names = new LinkedHashMap<>();
            if (d.fieldNames() != null) {
                d.fieldNames().forEach(pair -> names.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1)));
            }
            profile = new HttpBatchProfile(d.baseUrl(), paths, d.batchSize(), d.dateTimeFormat(), d.dateFormat(),
                    d.riskClassCodes() == null ? null : new RiskClassEncoding(d.riskClassCodes()), d.acceptsWeekAndQuarter(),
                    d.integerCheckCycle(), d.splitHazardCode(), d.attachmentsAsDataUrl(), names, d.requiredFields(),
                    Acknowledgement.valueOf(d.acknowledgement()), Duration.ofSeconds(d.receiptTimeoutSeconds()),
                    Duration.ofSeconds(d.timeoutSeconds()));
        } else {
            profile = new StreamProfile(d.topicPrefix());
        }
        ReceiverSecrets secrets = null;
        String blocked = d.blockedReason();
        if (d.sealedSecrets() != null) {
            try {
                secrets = secretBox.open(d.sealedSecrets());
            } catch (IllegalStateException e) {
                log.error("receiver {}: its secrets cannot be opened: {}", d.id(), e.getMessage());
                blocked = blocked == null ? "secrets cannot be opened: " + e.getMessage() : blocked;
            }
        }
        return new Receiver(d.id(), d.version(), d.groupId(), d.enterpriseId(), d.name(), d.enabled(), profile, d.credentials(),
                secrets, blocked, d.firstSyncAt(), d.configuredAs(), d.createdAt());
    }
}
