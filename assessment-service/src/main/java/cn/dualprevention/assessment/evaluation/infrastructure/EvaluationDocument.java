package cn.dualprevention.assessment.evaluation.infrastructure;

import cn.dualprevention.assessment.evaluation.domain.FormVeto;
import cn.dualprevention.assessment.evaluation.domain.ItemResult;
import cn.dualprevention.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** An evaluation in {@code evaluations}. */
@Document("evaluations")
record EvaluationDocument(@Id String id, long version, String groupId, @Indexed String enterpriseId, String enterpriseName,
                          String from, String to, Instant createdAt, List<ItemResult> items, List<FormVeto> vetoes)
        implements AggregateDocument {
}
