package cn.dualprevention.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/** LocalMongo as the launcher runs it: its own process, stopped with SIGTERM, its file complete afterwards. */
class LocalMongoProcessTest {

    @TempDir
    Path dir;

    @Test
    void answersHelloAndClosesItsFileCleanlyOnSigterm() throws Exception {
        int port = Ports.freePort();
        Path file = dir.resolve("mongo/dp.mv");
        Path log = dir.resolve("logs/mongo.log");
        ManagedProcess mongo = ManagedProcess.start("mongo", List.of(Jdk.current().java().toString(), "-cp",
                System.getProperty("java.class.path"), LocalMongo.class.getName(), Integer.toString(port), file.toString()),
                Map.of(), log, dir, port);
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!Probes.portOpen(port)) {
                assertThat(mongo.isAlive()).as("mongo alive; log:\n%s", mongo.tail(30)).isTrue();
                assertThat(System.nanoTime()).isLessThan(deadline);
                Thread.sleep(100);
            }
            try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
                // Spring Boot's health indicator sends "hello" to every database.
                Document hello = client.getDatabase("dp-risk").runCommand(new Document("hello", 1));
                assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
                assertThat(hello.getInteger("maxWireVersion")).isPositive();

                List<Document> docs = new ArrayList<>();
                for (int i = 0; i < 5_000; i++) {
                    docs.add(new Document("_id", new ObjectId()).append("seq", i));
                }
                client.getDatabase("dp-risk").getCollection("units").insertMany(docs);
            }
            // Right after the insert: what H2 has not written yet must be written by the shutdown hook.
            mongo.requestStop();
            assertThat(mongo.awaitExit(Duration.ofSeconds(30))).isTrue();
        } finally {
            if (mongo.isAlive()) {
                mongo.kill();
            }
        }
        assertThat(Files.readString(log)).contains(LocalMongo.READY_LINE, "LocalMongo closed cleanly");

        try (LocalMongo again = LocalMongo.start(0, file);
             MongoClient client = MongoClients.create(again.connectionString())) {
            assertThat(client.getDatabase("dp-risk").getCollection("units").countDocuments()).isEqualTo(5_000);
        }
    }
}
