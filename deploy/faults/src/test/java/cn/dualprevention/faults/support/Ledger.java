package cn.dualprevention.faults.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** The records a load driver submitted, each with the outcome the client learnt. */
public final class Ledger {

    private final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();

    public Sent add(String clientId, String cycleId, String personId, boolean hazardFound, Instant checkTime, String fault) {
        Sent s = new Sent(clientId, cycleId, personId, hazardFound, checkTime, fault);
        sent.add(s);
        return s;
    }

    public List<Sent> all() {
        return new ArrayList<>(sent);
    }

    /** Records that got a 2xx (201 accepted, or 200 DUPLICATE for a re-send of an accepted one). */
    public List<Sent> acknowledged() {
        return sent.stream().filter(s -> s.outcome() == Outcome.ACKNOWLEDGED).toList();
    }

    public List<Sent> ofFault(String fault) {
        return sent.stream().filter(s -> s.fault().equals(fault)).toList();
    }

    public enum Outcome {
        /** No answer learnt yet (being retried). */
        UNKNOWN,
        /** 2xx with the record id. */
        ACKNOWLEDGED,
        /** A 4xx: the service refused the record (a bug for the fault run's well-formed records). */
        REFUSED,
        /** Retried until the driver gave up without a 2xx. */
        GAVE_UP
    }

    /** One record as the phone sent it. */
    public static final class Sent {
        private final String clientId;
        private final String cycleId;
        private final String personId;
        private final boolean hazardFound;
        private final Instant checkTime;
        private final String fault;
        private final AtomicInteger attempts = new AtomicInteger();
        private volatile Outcome outcome = Outcome.UNKNOWN;
        private volatile String recordId;
        private volatile String answer;
        private volatile boolean duplicateAnswer;

        Sent(String clientId, String cycleId, String personId, boolean hazardFound, Instant checkTime, String fault) {
            this.clientId = clientId;
            this.cycleId = cycleId;
            this.personId = personId;
            this.hazardFound = hazardFound;
            this.checkTime = checkTime;
            this.fault = fault;
        }

        void acknowledged(String recordId, boolean duplicate) {
            this.recordId = recordId;
            this.duplicateAnswer = duplicate;
            this.outcome = Outcome.ACKNOWLEDGED;
        }

        void refused(String answer) {
            this.answer = answer;
            this.outcome = Outcome.REFUSED;
        }

        void gaveUp(String lastAnswer) {
            this.answer = lastAnswer;
            this.outcome = Outcome.GAVE_UP;
        }

        int attempt() {
            return attempts.incrementAndGet();
        }

        public String clientId() {
            return clientId;
        }

        public String cycleId() {
            return cycleId;
        }

        public String personId() {
            return personId;
        }

        public boolean hazardFound() {
            return hazardFound;
        }

        public Instant checkTime() {
            return checkTime;
        }

        /** The fault during which it was sent ("baseline" for none). */
        public String fault() {
            return fault;
        }

        public Outcome outcome() {
            return outcome;
        }

        public String recordId() {
            return recordId;
        }

        /** The last non-2xx answer (refused / gave up). */
        public String answer() {
            return answer;
        }

        public int attempts() {
            return attempts.get();
        }

        /** The 2xx was a 200 DUPLICATE: an earlier attempt had been stored although its answer was lost. */
        public boolean duplicateAnswer() {
            return duplicateAnswer;
        }

        @Override
        public String toString() {
            return "record " + recordId + " (client id " + clientId + ", cycle " + cycleId + (hazardFound ? ", hazard found" : "")
                    + ", during " + fault + ")";
        }
    }
}
