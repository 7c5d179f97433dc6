package cn.dualprevention.deploy.demo;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.OutputStream;
import java.util.Map;

/**
 * Writes requests as the DemoLoader JSON array, incrementally: each request is serialised as it arrives and then
 * forgotten, so the list of a 100-plant group never has to fit in memory. Close it to end the array.
 */
public final class JsonRequestWriter implements RequestSink, AutoCloseable {

    private final ObjectMapper mapper = JsonMapper.builder().build();
    private final JsonGenerator out;
    private long count;

    /** @param pretty one field per line (the checked-in demo.json); false: compact (large sizes) */
    public JsonRequestWriter(OutputStream stream, boolean pretty) {
        this.out = pretty ? mapper.writerWithDefaultPrettyPrinter().createGenerator(stream) : mapper.createGenerator(stream);
        out.writeStartArray();
    }

    @Override
    public void accept(DemoRequest r) {
        out.writeStartObject();
        out.writeStringProperty("name", r.name());
        out.writeStringProperty("method", r.method());
        out.writeStringProperty("path", r.path());
        out.writeStringProperty("as", r.as());
        if (r.await() != null) {
            out.writeStringProperty("await", r.await());
        }
        if (r.body() != null) {
            out.writeName("body");
            out.writePOJO(r.body());
        }
        if (!r.capture().isEmpty()) {
            out.writeName("capture");
            out.writeStartObject();
            for (Map.Entry<String, String> c : r.capture().entrySet()) {
                out.writeStringProperty(c.getKey(), c.getValue());
            }
            out.writeEndObject();
        }
        out.writeEndObject();
        count++;
        if (count % 1000 == 0) {
            out.flush();
        }
    }

    public long count() {
        return count;
    }

    @Override
    public void close() {
        out.writeEndArray();
        out.writeRaw('\n');
        out.close();
    }
}
