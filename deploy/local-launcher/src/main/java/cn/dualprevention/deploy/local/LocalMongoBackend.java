package cn.dualprevention.deploy.local;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend plus the {@code hello} command of MongoDB 4.4.2+, which mongo-java-server 1.47 does not know:
 * Spring Boot's MongoDB health indicator sends it to every database, and answers DOWN without it.
 * {@code hello} answers as {@code isMaster} does, with {@code isWritablePrimary}.
 */
final class LocalMongoBackend extends H2Backend {

    LocalMongoBackend(MVStore store) {
        super(store);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if ("hello".equalsIgnoreCase(command)) {
            Document response = super.handleCommand(channel, databaseName, "isMaster", query);
            Object primary = response.get("ismaster");
            response.put("isWritablePrimary", primary == null ? Boolean.TRUE : primary);
            return response;
        }
        return super.handleCommand(channel, databaseName, command, query);
    }
}
