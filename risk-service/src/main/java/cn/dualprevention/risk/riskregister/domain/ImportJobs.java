package cn.dualprevention.risk.riskregister.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where import jobs are kept (one per enterprise and file checksum). */
public interface ImportJobs {

    /** Stores a new job; false when a job for the same enterprise and checksum exists already. */
    boolean add(ImportJob job);

    Optional<ImportJob> find(String enterpriseId, String checksum);

    void markDone(String id);

    /** Jobs not yet DONE that were created before {@code before}. */
    List<ImportJob> unfinishedBefore(Instant before);
}
