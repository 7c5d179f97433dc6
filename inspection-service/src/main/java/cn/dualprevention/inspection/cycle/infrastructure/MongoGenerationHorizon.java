package cn.dualprevention.inspection.cycle.infrastructure;

import cn.dualprevention.inspection.cycle.domain.GenerationHorizon;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/** The generation horizon: one document in {@code cycle_generation}. */
@Repository
class MongoGenerationHorizon implements GenerationHorizon {

    static final String COLLECTION = "cycle_generation";
    private static final String ID = "horizon";

    private final MongoTemplate mongo;

    MongoGenerationHorizon(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Horizon> current() {
        Document d = mongo.findById(ID, Document.class, COLLECTION);
        if (d == null || d.getDate("until") == null) {
            return Optional.empty();
        }
        Date roundStart = d.getDate("lastRoundStart");
        return Optional.of(new Horizon(d.getDate("until").toInstant(), roundStart == null ? null : roundStart.toInstant()));
    }

    @Override
    public void advance(Instant until, Instant roundStart) {
        mongo.upsert(Query.query(Criteria.where("_id").is(ID)),
                new Update().max("until", Date.from(until)).max("lastRoundStart", Date.from(roundStart)), COLLECTION);
    }
}
