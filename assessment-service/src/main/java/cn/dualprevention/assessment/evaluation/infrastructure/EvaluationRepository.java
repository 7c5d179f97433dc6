package cn.dualprevention.assessment.evaluation.infrastructure;

import cn.dualprevention.assessment.evaluation.domain.Evaluation;
import cn.dualprevention.platform.outbox.AggregateStore;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Evaluations, with optimistic locking through the platform's aggregate store. */
@Component
public class EvaluationRepository {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    EvaluationRepository(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    public void insert(Evaluation e) {
        store.insert(toDocument(e), List.of());
    }

    public void update(Evaluation e) {
        store.update(toDocument(e), List.of());
    }

    public Optional<Evaluation> find(String id) {
        return Optional.ofNullable(mongo.findById(id, EvaluationDocument.class)).map(d -> new Evaluation(d.id(), d.version(),
                d.groupId(), d.enterpriseId(), d.enterpriseName(), LocalDate.parse(d.from()), LocalDate.parse(d.to()),
                d.createdAt(), d.items(), d.vetoes() == null ? List.of() : d.vetoes()));
    }

    private static EvaluationDocument toDocument(Evaluation e) {
        return new EvaluationDocument(e.id(), e.version(), e.groupId(), e.enterpriseId(), e.enterpriseName(),
                e.from().toString(), e.to().toString(), e.createdAt(), e.items(), e.vetoes());
    }
}
