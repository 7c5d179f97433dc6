package cn.dualprevention.faults.support;

import java.time.Duration;

/**
 * What submits inspection records while a fault happens. The fault run only needs: start, stop (then every record
 * has its final outcome) and the ledger of what was sent. The activity simulator of deploy/simulator may take this
 * role later.
 */
public interface LoadDriver {

    /** Starts submitting records steadily, each labelled with {@code phase} (the fault under way); returns at once. */
    void start(String phase);

    /**
     * Stops submitting new records and waits (at most {@code settle}) until every record sent has its outcome —
     * requests without a known outcome are retried with the same client id meanwhile.
     */
    void stop(Duration settle);

    /** Every record submitted so far, with its outcome. */
    Ledger ledger();
}
