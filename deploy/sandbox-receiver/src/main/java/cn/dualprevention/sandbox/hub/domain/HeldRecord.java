package cn.dualprevention.sandbox.hub.domain;

import java.time.Instant;
import java.util.Map;

/**
 * What the receiver knows of one record id: its last accepted version (null fields when never accepted) and how
 * often it arrived.
 *
 * @param held       whether an accepted version is held ({@code fields}: that version; null in listings)
 * @param received   arrivals of the id (accepted or not)
 * @param accepted   arrivals stored
 * @param updates    accepted re-sends (upserts over an earlier accepted version)
 * @param duplicates accepted re-sends identical to the version held
 */
public record HeldRecord(String profile, RecordType type, String id, String companyCode, String owner,
                         boolean held, boolean deleted, long received, long accepted, long rejected, long updates,
                         long duplicates, Instant firstAcceptedAt, Instant lastAcceptedAt, String lastMsg,
                         Map<String, Object> fields) {
}
