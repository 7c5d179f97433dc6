package cn.dualprevention.inspection.record.application;

import cn.dualprevention.inspection.cycle.domain.CycleState;
import cn.dualprevention.inspection.cycle.domain.InspectionCycle;
import cn.dualprevention.inspection.cycle.domain.InspectionCycles;
import cn.dualprevention.inspection.record.domain.CheckIn;
import cn.dualprevention.inspection.record.domain.CheckStatus;
import cn.dualprevention.inspection.record.domain.HazardFinding;
import cn.dualprevention.inspection.record.domain.InspectionRecord;
import cn.dualprevention.inspection.record.domain.InspectionRecords;
import cn.dualprevention.inspection.record.domain.Photo;
import cn.dualprevention.inspection.record.domain.PhotoStore;
import cn.dualprevention.inspection.record.domain.RecordSubmitted;
import cn.dualprevention.inspection.record.domain.RejectedSubmission;
import cn.dualprevention.inspection.record.domain.Rejection;
import cn.dualprevention.inspection.riskmodel.domain.RiskModel;
import cn.dualprevention.inspection.riskmodel.domain.UnitSite;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.errors.RuleViolationException;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 排查记录提交 — takes the inspector's records, one at a time or as an offline batch. Each item is answered by itself;
 * a re-sent item (same client id) has no second effect; the first record of a cycle closes it (DONE), a later one is
 * answered "cycle closed". A record for a cycle already marked missed is taken as a correction when it arrives within
 * {@code dp.inspection.offline-grace} (72 h) after the window closed: it supersedes the NOT_INSPECTED record and the
 * cycle becomes DONE; later it is refused by itself ({@code offline-grace-expired}). The caller's user id is the person id.
 */
@Service
public class RecordSubmissions {

    /** The most items one offline batch may carry (a shift of hourly checks fits many times over). */
    public static final int BATCH_MAX = 1000;

    private final InspectionCycles cycles;
    private final InspectionRecords records;
    private final RiskModel riskModel;
    private final PhotoStore photos;
    private final Clock clock;
    private final double allowedDistanceMeters;
    private final long photoMaxBytes;
    private final Duration offlineGrace;

    public RecordSubmissions(InspectionCycles cycles, InspectionRecords records, RiskModel riskModel, PhotoStore photos,
                             Clock clock,
                             @Value("${dp.inspection.check-in.max-distance-meters:200}") double allowedDistanceMeters,
                             @Value("${dp.inspection.photos.max-bytes:5242880}") long photoMaxBytes,
                             @Value("${dp.inspection.offline-grace:PT72H}") Duration offlineGrace) {
        this.cycles = cycles;
        this.records = records;
        this.riskModel = riskModel;
        this.photos = photos;
        this.clock = clock;
        this.allowedDistanceMeters = allowedDistanceMeters;
        this.photoMaxBytes = photoMaxBytes;
        this.offlineGrace = offlineGrace;
    }

    /** One record; a rejection becomes the matching problem (400 / 404 / 409). */
    public SubmissionOutcome submit(RecordSubmission submission) {
        String clientId = submission.clientId() == null || submission.clientId().isBlank() ? Ids.newId() : submission.clientId();
        SubmissionOutcome outcome = submitOne(CallerContext.require(), clientId, submission);
        if (outcome.result() == SubmissionOutcome.Result.REJECTED) {
            if (Rejection.UNKNOWN_CYCLE.equals(outcome.rule())) {
                throw new NotFoundException("inspection cycle", submission.cycleId());
            }
            if (outcome.field() != null) {
                throw new InvalidValueException(outcome.field(), outcome.rule(), outcome.message());
            }
            throw new RuleViolationException(outcome.rule(), outcome.message());
        }
        return outcome;
    }

    /** An offline batch: every item answered by itself, in the order sent. */
    public List<SubmissionOutcome> submitBatch(List<RecordSubmission> batch) {
        if (batch == null || batch.isEmpty()) {
            throw new InvalidValueException("records", "required", "a batch carries at least one record");
        }
        if (batch.size() > BATCH_MAX) {
            throw new InvalidValueException("records", "max-" + BATCH_MAX, "a batch carries at most " + BATCH_MAX + " records");
        }
        Caller caller = CallerContext.require();
        Set<String> seen = new HashSet<>();
        List<SubmissionOutcome> outcomes = new ArrayList<>(batch.size());
        for (RecordSubmission item : batch) {
            String clientId = item == null ? null : item.clientId();
            if (clientId == null || clientId.isBlank()) {
                outcomes.add(SubmissionOutcome.rejected(clientId, "clientId", "required", "each record of a batch needs its client id"));
            } else if (!seen.add(clientId)) {
                outcomes.add(SubmissionOutcome.rejected(clientId, "clientId", "unique-in-batch", "client id sent twice in one batch"));
            } else {
                outcomes.add(submitOne(caller, clientId, item));
            }
        }
        return outcomes;
    }

    private SubmissionOutcome submitOne(Caller caller, String clientId, RecordSubmission s) {
        var earlier = records.ofClientId(clientId);
        if (earlier.isPresent()) {
            settleCorrection(earlier.get()); // completes a correction that was cut short before this re-send
            return SubmissionOutcome.duplicate(clientId, earlier.get().id());
        }
        try {
            if (s.cycleId() == null || s.cycleId().isBlank()) {
                throw new RejectedSubmission(Rejection.input("cycleId", "required", "a record names the inspection cycle it is for"));
            }
            InspectionCycle cycle = cycles.find(s.cycleId())
                    .filter(c -> caller.mayAccess(c.groupId(), c.enterpriseId())).orElse(null);
            if (cycle == null) {
                throw new RejectedSubmission(Rejection.rule(Rejection.UNKNOWN_CYCLE, "no inspection cycle " + s.cycleId()));
            }
            InspectionRecord.Admission admission = InspectionRecord.admit(cycle, caller.userId(), clock.instant(), offlineGrace);
            InspectionRecord record = toRecord(caller, clientId, cycle, s);
            if (admission == InspectionRecord.Admission.CORRECTION) {
                record = record.correcting(missedRecordOf(cycle));
            }
            return store(record, cycle);
        } catch (RejectedSubmission e) {
            Rejection r = e.rejection();
            return SubmissionOutcome.rejected(clientId, r.field(), r.rule(), r.message());
        }
    }

    private SubmissionOutcome store(InspectionRecord record, InspectionCycle cycle) {
        String clientId = record.clientId();
        return switch (records.add(record, new NewEvent(RecordSubmitted.TYPE, record.groupId(), record.enterpriseId(),
                record.id(), record.submittedEvent()))) {
            case ADDED -> {
                if (record.isCorrection()) {
                    settleCorrection(record);
                } else {
                    cycles.close(cycle.id(), CycleState.DONE, record.id());
                }
                yield SubmissionOutcome.accepted(clientId, record.id(), record.late(),
                        record.checkIn().locationMismatch(), record.checkIn().qrTokenMatched(), record.replacesRecordId());
            }
            case DUPLICATE_CLIENT_ID -> SubmissionOutcome.duplicate(clientId,
                    records.ofClientId(clientId).map(InspectionRecord::id).orElse(null));
            case CYCLE_ALREADY_RECORDED -> {
                var missed = record.isCorrection() ? java.util.Optional.<InspectionRecord>empty()
                        : records.ofClientId(InspectionRecord.missedClientId(cycle.id()));
                if (missed.isPresent()) {
                    // the missed-cycle job closed the cycle between our read and our write: a correction, if in time
                    InspectionRecord.correctionOf(cycle, clock.instant(), offlineGrace);
                    yield store(record.correcting(missed.get().id()), cycle);
                }
                yield SubmissionOutcome.rejected(clientId, null, Rejection.CYCLE_CLOSED, record.isCorrection()
                        ? "the missed record of cycle " + cycle.id() + " was already corrected by another record"
                        : "cycle " + cycle.id() + " already has its record");
            }
        };
    }

    /** The NOT_INSPECTED record of a cycle marked missed. */
    private String missedRecordOf(InspectionCycle cycle) {
        if (cycle.recordId() != null) {
            return cycle.recordId();
        }
        return records.ofClientId(InspectionRecord.missedClientId(cycle.id())).map(InspectionRecord::id)
                .orElseThrow(() -> new RejectedSubmission(Rejection.rule(Rejection.CYCLE_CLOSED,
                        "cycle " + cycle.id() + " is closed")));
    }

    /** A correction supersedes the NOT_INSPECTED record and makes its cycle DONE; both steps are idempotent. */
    private void settleCorrection(InspectionRecord record) {
        if (record.isCorrection()) {
            records.supersede(record.replacesRecordId(), record.id());
            cycles.correct(record.cycleId(), record.id());
        }
    }

    private InspectionRecord toRecord(Caller caller, String clientId, InspectionCycle cycle, RecordSubmission s) {
        Instant now = clock.instant();
        CheckStatus status = status(s.status());
        HazardFinding hazard = s.hazard() == null ? null
                : HazardFinding.of(s.hazard().description(), s.hazard().level(), s.hazard().hazardType(), s.hazard().source());
        UnitSite unit = riskModel.unit(cycle.unitId()).orElse(null);
        CheckIn checkIn = CheckIn.evaluate(blankToNull(s.qrToken()), s.longitude(), s.latitude(), unit, allowedDistanceMeters);
        List<Photo> checked = photos(s.photos());
        // validate everything before a photo is stored
        InspectionRecord draft = InspectionRecord.submitted(Ids.newId(), clientId, cycle, caller.userId(),
                riskModel.person(caller.userId()).orElse(null), unit, status, hazard, s.checkTime(), s.deviceId(),
                checkIn, s.remarks(), List.of(), now);
        if (checked.isEmpty()) {
            return draft;
        }
        List<String> photoIds = new ArrayList<>(checked.size());
        for (Photo photo : checked) {
            photoIds.add(photos.store(photo, cycle.groupId(), cycle.enterpriseId(), clientId));
        }
        return new InspectionRecord(draft.id(), draft.version(), draft.groupId(), draft.enterpriseId(), draft.clientId(),
                draft.cycleId(), draft.taskId(), draft.measureId(), draft.unitId(), draft.riskObjectId(), draft.status(),
                draft.hazard(), draft.checkTime(), draft.personId(), draft.personName(), draft.mobile(), draft.deviceId(),
                draft.checkIn(), draft.late(), draft.remarks(), photoIds, draft.workType(), draft.submittedAt(), null, null);
    }

    private static CheckStatus status(String code) {
        if (code == null) {
            throw new RejectedSubmission(Rejection.input("status", "required", "status is NORMAL, HAZARD_FOUND or OTHER"));
        }
        try {
            return CheckStatus.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new RejectedSubmission(Rejection.input("status", "bad-status", "status is NORMAL, HAZARD_FOUND or OTHER, not " + code));
        }
    }

    private List<Photo> photos(List<RecordSubmission.PhotoData> data) {
        if (data == null) {
            return List.of();
        }
        List<Photo> result = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            RecordSubmission.PhotoData p = data.get(i);
            byte[] bytes;
            try {
                bytes = p == null || p.data() == null ? null : Base64.getMimeDecoder().decode(p.data());
            } catch (IllegalArgumentException e) {
                throw new RejectedSubmission(Rejection.input("photos[" + i + "].data", "base64", "photo data is base64"));
            }
            result.add(Photo.of(i, p == null ? null : p.contentType(), bytes, photoMaxBytes));
        }
        return result;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
