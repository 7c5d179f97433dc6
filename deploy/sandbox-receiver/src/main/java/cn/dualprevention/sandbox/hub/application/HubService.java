package cn.dualprevention.sandbox.hub.application;

import cn.dualprevention.sandbox.fault.domain.Down;
import cn.dualprevention.sandbox.fault.domain.DownMode;
import cn.dualprevention.sandbox.fault.domain.Faults;
import cn.dualprevention.sandbox.hub.domain.Account;
import cn.dualprevention.sandbox.hub.domain.Acknowledgement;
import cn.dualprevention.sandbox.hub.domain.BatchIntake;
import cn.dualprevention.sandbox.hub.domain.BatchOutcome;
import cn.dualprevention.sandbox.hub.domain.ReceiverProfile;
import cn.dualprevention.sandbox.hub.domain.RecordLedger;
import cn.dualprevention.sandbox.hub.domain.RecordType;
import cn.dualprevention.sandbox.hub.infrastructure.AesCbc;
import cn.dualprevention.sandbox.hub.infrastructure.BatchJson;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The hub's upload and receipt endpoints (数据上报): faults, Basic login, AES envelope, batch size and capacity,
 * then the batch intake — at once (synchronous answers) or later (asynchronous receipts).
 */
public final class HubService {

    private final ProfileRegistry profiles;
    private final BatchIntake intake;
    private final RecordLedger ledger;
    private final Faults faults;
    private final BatchLog batches;
    private final AsyncReceipts async;
    private final Clock clock;

    public HubService(ProfileRegistry profiles, BatchIntake intake, RecordLedger ledger, Faults faults,
                      BatchLog batches, AsyncReceipts async, Clock clock) {
        this.profiles = profiles;
        this.intake = intake;
        this.ledger = ledger;
        this.faults = faults;
        this.batches = batches;
        this.async = async;
        this.clock = clock;
    }

    public HubAnswer upload(String profileName, String path, String authorization, String body) {
        Optional<ReceiverProfile> profile = profiles.get(profileName);
        Optional<RecordType> type = profile.flatMap(p -> p.typeAt(path));
        if (type.isEmpty()) {
            return HubAnswer.failure(404, "UNKNOWN_PATH", "no record type at /" + profileName + "/" + path);
        }
        ReceiverProfile p = profile.get();
        Optional<HubAnswer> fault = faultAnswer();
        if (fault.isPresent()) {
            return fault.get();
        }
        Optional<Account> account = login(p, authorization);
        if (account.isEmpty()) {
            return loginFailed(p);
        }
        List<Map<String, Object>> records;
        try {
            String datas = BatchJson.datas(body);
            records = BatchJson.records(AesCbc.decrypt(account.get().keyBytes(), account.get().ivBytes(), datas));
        } catch (BatchJson.EnvelopeException e) {
            return HubAnswer.failure(500, "BAD_ENVELOPE", e.getMessage());
        } catch (AesCbc.DecryptionException e) {
            return HubAnswer.failure(500, "DECRYPT_FAILED", e.getMessage());
        }
        if (records.isEmpty()) {
            return HubAnswer.failure(500, "BAD_ENVELOPE", "the batch is empty");
        }
        if (records.size() > p.maxBatchSize()) {
            return HubAnswer.failure(400, "BATCH_TOO_LARGE", records.size() + " records; this receiver takes at most "
                    + p.maxBatchSize() + " per batch (nothing stored)");
        }
        if (!ledger.hasRoomFor(records.size())) {
            return HubAnswer.failure(507, "SANDBOX_FULL", "the sandbox holds its maximum of " + ledger.maxRecords()
                    + " records; clear it (DELETE /admin/records)");
        }
        Instant now = clock.instant();
        String batchId = UUID.randomUUID().toString();
        Batch batch = new Batch(batchId, p.name(), type.get(), account.get().user(), records, now,
                now.plusMillis(p.receiptDelayMs()));
        batches.add(batch);
        if (p.acknowledgement() == Acknowledgement.ASYNC) {
            async.enqueue(batch, p, account.get());
            return new HubAnswer(200, null, "batch received, " + records.size() + " records; results follow",
                    batchId, null, List.of());
        }
        BatchOutcome outcome = intake.receive(p, account.get(), type.get(), records, batchId, faults, now);
        batch.done(outcome);
        return answer(outcome);
    }

    /** {@code GET /{profile}/receipts/{batchId}}: the results of an asynchronous batch, once processed. */
    public HubAnswer receipt(String profileName, String batchId, String authorization) {
        Optional<ReceiverProfile> profile = profiles.get(profileName);
        if (profile.isEmpty()) {
            return HubAnswer.failure(404, "UNKNOWN_PATH", "no profile " + profileName);
        }
        Optional<HubAnswer> fault = faultAnswer();
        if (fault.isPresent()) {
            return fault.get();
        }
        Optional<Account> account = login(profile.get(), authorization);
        if (account.isEmpty()) {
            return loginFailed(profile.get());
        }
        Optional<Batch> batch = batches.find(batchId).filter(b -> b.profile().equals(profileName)
                && b.account().equals(account.get().user()));
        if (batch.isEmpty()) {
            return HubAnswer.failure(404, "UNKNOWN_BATCH", "no batch " + batchId + " of this account");
        }
        BatchOutcome outcome = batch.get().outcome();
        if (outcome == null) {
            return new HubAnswer(200, null, "not processed yet", batchId, "PENDING", List.of());
        }
        return new HubAnswer(200, null, summary(outcome), batchId, "DONE",
                outcome.results().stream().map(ResultView::of).toList());
    }

    private Optional<HubAnswer> faultAnswer() {
        Optional<Down> down = faults.downAt(clock.instant());
        if (down.isPresent()) {
            int status = down.get().mode() == DownMode.STATUS
                    ? down.get().status() : 503;
            return Optional.of(HubAnswer.failure(status, status == 503 ? "SANDBOX_DOWN" : "SERVER_FAULT",
                    "sandbox fault: the receiver is down"));
        }
        long slow = faults.slowMs();
        if (slow > 0) {
            try {
                Thread.sleep(slow);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Optional.empty();
    }

    private static Optional<Account> login(ReceiverProfile profile, String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        return profile.account(user).filter(a -> java.security.MessageDigest.isEqual(
                a.password().getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8)));
    }

    private static HubAnswer loginFailed(ReceiverProfile profile) {
        return HubAnswer.failure(profile.authFailureStatus(), "LOGIN_FAILED",
                "login failed: missing or wrong Basic credentials");
    }

    private static HubAnswer answer(BatchOutcome outcome) {
        if (outcome.wholeBatchRejected()) {
            List<BatchRejectView> bad = outcome.results().stream()
                    .filter(r -> r.errors().stream().noneMatch(v -> v.rule().equals("batch")))
                    .map(r -> new BatchRejectView(r.id(), r.msg())).toList();
            return new HubAnswer(400, "BATCH_REJECTED", bad.size() + " of " + outcome.results().size()
                    + " records invalid; nothing of this batch was stored", outcome.batchId(), null, bad);
        }
        return new HubAnswer(200, null, summary(outcome), outcome.batchId(), null,
                outcome.results().stream().map(ResultView::of).toList());
    }

    private static String summary(BatchOutcome outcome) {
        return outcome.results().size() + " records: " + outcome.accepted() + " accepted, " + outcome.rejected()
                + " rejected";
    }
}
