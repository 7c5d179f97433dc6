package cn.dualprevention.platform;

import cn.dualprevention.platform.readmodel.ReadModelWriter;
import cn.dualprevention.platform.test.ServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class ReadModelWriterTest {

    @Autowired
    ReadModelWriter writer;
    @Autowired
    MongoTemplate mongo;

    @Test
    void onlyANewerVersionChangesTheReadModel() {
        assertThat(writer.applyIfNewer("units_view", "u1", 1, Map.of("name", "first"))).isTrue();
        assertThat(writer.applyIfNewer("units_view", "u1", 3, Map.of("name", "third"))).isTrue();
        // a redelivery and a late, older event
        assertThat(writer.applyIfNewer("units_view", "u1", 3, Map.of("name", "third again"))).isFalse();
        assertThat(writer.applyIfNewer("units_view", "u1", 2, Map.of("name", "second"))).isFalse();

        Document doc = mongo.findById("u1", Document.class, "units_view");
        assertThat(doc.getString("name")).isEqualTo("third");
        assertThat(doc.getLong(ReadModelWriter.SOURCE_VERSION)).isEqualTo(3L);
    }
}
