package cn.dualprevention.assessment.scores.infrastructure;

import cn.dualprevention.assessment.scores.domain.WeeklyScore;
import cn.dualprevention.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A kept weekly score in {@code weekly_scores}; id {@code <enterpriseId>:<weekStart>} so a week is scored once. */
@Document("weekly_scores")
public record ScoreDocument(@Id String id, long version, @Indexed String groupId, @Indexed String enterpriseId,
                            String weekStart, Instant computedAt, String previousGrade, WeeklyScore score)
        implements AggregateDocument {

    public static String idOf(String enterpriseId, java.time.LocalDate weekStart) {
        return enterpriseId + ":" + weekStart;
    }
}
