package cn.dualprevention.exchange.delivery.infrastructure;

import cn.dualprevention.exchange.delivery.domain.BatchAnswer;
import cn.dualprevention.exchange.delivery.domain.RecordTransport;
import cn.dualprevention.exchange.delivery.domain.WireRecord;
import cn.dualprevention.exchange.receiver.domain.Receiver;
import cn.dualprevention.exchange.receiver.domain.StreamProfile;
import cn.dualprevention.exchange.record.domain.RecordType;
import cn.dualprevention.platform.events.EventJson;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * kafka-stream: each record as plain JSON on {@code <prefix>.<recordType>}, keyed by its id; a record counts as
 * accepted once the broker acknowledged it (acks=all, idempotent producer). The delivery loop sends a type's
 * records only after their parents were acknowledged, so the stream is parent-first per enterprise.
 */
@Component
class KafkaStreamTransport implements RecordTransport {

    private static final long ACK_TIMEOUT_SECONDS = 30;

    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper json;

    KafkaStreamTransport(KafkaTemplate<String, String> kafka, EventJson json) {
        this.kafka = kafka;
        this.json = json.mapper();
    }

    @Override
    public boolean serves(Receiver receiver) {
        return receiver.profile() instanceof StreamProfile;
    }

    @Override
    public BatchAnswer send(Receiver receiver, RecordType type, List<WireRecord> records) {
        String topic = ((StreamProfile) receiver.profile()).topic(type.specName());
        List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>(records.size());
        for (WireRecord record : records) {
            sends.add(kafka.send(new ProducerRecord<>(topic, record.id(), json.writeValueAsString(record.fields()))));
        }
        kafka.flush();
        Map<String, BatchAnswer.RecordResult> results = new LinkedHashMap<>();
        String failure = null;
        for (int i = 0; i < records.size(); i++) {
            try {
                sends.get(i).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                results.put(records.get(i).id(), new BatchAnswer.RecordResult(true, null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new BatchAnswer.Fault("interrupted while publishing to " + topic);
            } catch (Exception e) {
                failure = failure == null ? "publishing to " + topic + " failed: " + e : failure;
            }
        }
        return results.isEmpty() && failure != null ? new BatchAnswer.Fault(failure) : new BatchAnswer.PerRecord(results);
    }
}
