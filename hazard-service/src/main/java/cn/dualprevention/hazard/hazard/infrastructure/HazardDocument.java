package cn.dualprevention.hazard.hazard.infrastructure;

import cn.dualprevention.hazard.hazard.domain.Acceptance;
import cn.dualprevention.hazard.hazard.domain.ExtensionRequest;
import cn.dualprevention.hazard.hazard.domain.FiredEscalation;
import cn.dualprevention.hazard.hazard.domain.HazardFinding;
import cn.dualprevention.hazard.hazard.domain.HazardOrigin;
import cn.dualprevention.hazard.hazard.domain.HazardState;
import cn.dualprevention.hazard.hazard.domain.HistoryEntry;
import cn.dualprevention.hazard.hazard.domain.ManageType;
import cn.dualprevention.hazard.hazard.domain.Rectification;
import cn.dualprevention.hazard.hazard.domain.RemediationPlan;
import cn.dualprevention.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A hazard as stored in {@code hazards}, with its history and fired escalation rungs. {@code recordKey} is the
 * inspection record id (or the hazard's own id for an ad-hoc finding) under a unique index: a redelivered
 * inspection event cannot create a second hazard.
 */
@Document("hazards")
@CompoundIndex(name = "ledger", def = "{'groupId': 1, 'enterpriseId': 1, 'state': 1}")
record HazardDocument(@Id String id, long version, String groupId, String enterpriseId,
                      @Indexed(unique = true) String recordKey, HazardOrigin origin, HazardFinding finding,
                      String registrant, Instant registTime, @Indexed HazardState state, ManageType manageType,
                      RemediationPlan plan, String liablePerson, boolean termsDefaulted, LocalDate deadline, LocalDate originalDeadline,
                      ExtensionRequest pendingExtension, Rectification rectification, Acceptance acceptance,
                      int reopenCount, boolean flaggedToGroup, List<HistoryEntry> history,
                      List<FiredEscalation> escalations) implements AggregateDocument {
}
