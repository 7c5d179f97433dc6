package cn.dualprevention.inspection.cycle.infrastructure;

import cn.dualprevention.inspection.cycle.domain.InspectionCycle;
import cn.dualprevention.platform.outbox.AggregateStore;
import cn.dualprevention.platform.outbox.OutboxMessage;
import org.bson.RawBsonDocument;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * 周期文档 — writes a new cycle straight to BSON bytes, with its {@code inspection.cycle.generated.v1} outbox entry, for
 * the bulk insert of generation. Two million cycles a day: building a {@code Document} per cycle, converting the outbox
 * message with Spring's mapping converter and encoding both through the driver's codecs cost more than computing the
 * cycles (docs/benchmarks.md). The fields are those {@link MongoInspectionCycles} reads;
 * absent values (no record yet, no taskNum, no unit) are left out, as a query for {@code null} matches a missing field.
 * The outbox entry has exactly the fields, names and types the mapping converter writes for an {@link OutboxMessage}
 * (null fields left out, the time as a date, no {@code _class}), so the platform's relay and sweeper read it as any other.
 * <p>
 * BSON (bsonspec.org): a document is its int32 length, its elements, a 0 byte; an element is its type byte, its name
 * (C string), its value; a string is its int32 length (with the closing 0), UTF-8 bytes, 0; an array is a document
 * whose names are "0", "1", …; integers little-endian.
 */
final class CycleBson {

    private static final byte DOCUMENT = 0x03;
    private static final byte ARRAY = 0x04;
    private static final byte STRING = 0x02;
    private static final byte DATE_TIME = 0x09;
    private static final byte INT32 = 0x10;
    private static final byte INT64 = 0x12;

    private byte[] bytes = new byte[1536];
    private int size;

    private CycleBson() {
    }

    static RawBsonDocument of(InspectionCycle c, OutboxMessage generated) {
        CycleBson w = new CycleBson();
        int cycle = w.startDocument();
        w.string("_id", c.id());
        w.int64("version", c.version());
        w.string("groupId", c.groupId());
        w.string("enterpriseId", c.enterpriseId());
        w.string("taskId", c.taskId());
        w.string("measureId", c.measureId());
        w.string("unitId", c.unitId());
        w.string("troubleshootContent", c.troubleshootContent());
        w.string("workType", c.workType());
        if (c.taskNum() != null) {
            w.int32("taskNum", c.taskNum());
        }
        long start = c.windowStart().toEpochMilli();
        w.dateTime("windowStart", start);
        w.dateTime("windowEnd", c.windowEnd().toEpochMilli());
        w.dateTime(MongoInspectionCycles.SLOT, start);
        w.string("scheduleKey", c.scheduleKey());
        w.strings("assigneePersonIds", c.assigneePersonIds());
        w.string("state", c.state().name());
        w.string("recordId", c.recordId());
        w.element(ARRAY, AggregateStore.OUTBOX_FIELD);
        int outbox = w.startDocument();
        w.element(DOCUMENT, "0");
        w.outboxEntry(generated);
        w.endDocument(outbox);
        w.endDocument(cycle);
        return new RawBsonDocument(w.bytes, 0, w.size);
    }

    /** An outbox entry as the mapping converter writes an {@link OutboxMessage}. */
    private void outboxEntry(OutboxMessage m) {
        int entry = startDocument();
        string("messageId", m.messageId());
        string("topic", m.topic());
        string("key", m.key());
        string("type", m.type());
        if (m.time() != null) {
            dateTime("time", m.time().toEpochMilli());
        }
        string("requestId", m.requestId());
        string("value", m.value());
        endDocument(entry);
    }

    private int startDocument() {
        int at = size;
        ensure(4);
        size += 4;
        return at;
    }

    private void endDocument(int at) {
        ensure(1);
        bytes[size++] = 0;
        writeInt32At(at, size - at);
    }

    /** A string element; a null value is left out. */
    private void string(String name, String value) {
        if (value != null) {
            element(STRING, name);
            stringValue(value);
        }
    }

    private void strings(String name, List<String> values) {
        element(ARRAY, name);
        int array = startDocument();
        for (int i = 0; i < values.size(); i++) {
            element(STRING, Integer.toString(i));
            stringValue(values.get(i));
        }
        endDocument(array);
    }

    private void int32(String name, int value) {
        element(INT32, name);
        ensure(4);
        writeInt32At(size, value);
        size += 4;
    }

    private void int64(String name, long value) {
        element(INT64, name);
        writeInt64(value);
    }

    private void dateTime(String name, long epochMillis) {
        element(DATE_TIME, name);
        writeInt64(epochMillis);
    }

    /** Type byte and name; names here are ASCII without 0 bytes. */
    private void element(byte type, String name) {
        ensure(name.length() + 2);
        bytes[size++] = type;
        for (int i = 0; i < name.length(); i++) {
            bytes[size++] = (byte) name.charAt(i);
        }
        bytes[size++] = 0;
    }

    private void stringValue(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        ensure(utf8.length + 5);
        writeInt32At(size, utf8.length + 1);
        size += 4;
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
        bytes[size++] = 0;
    }

    private void writeInt64(long value) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            bytes[size++] = (byte) (value >>> (8 * i));
        }
    }

    private void writeInt32At(int at, int value) {
        bytes[at] = (byte) value;
        bytes[at + 1] = (byte) (value >>> 8);
        bytes[at + 2] = (byte) (value >>> 16);
        bytes[at + 3] = (byte) (value >>> 24);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
