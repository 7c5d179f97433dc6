package cn.dualprevention.exchange.receiver.domain;

import java.util.List;
import java.util.Optional;

/** Where receivers are kept (their secrets encrypted). */
public interface ReceiverRepository {

    Optional<Receiver> find(String id);

    List<Receiver> all();

    /** The receivers that get the records of an enterprise. */
    List<Receiver> serving(String enterpriseId);

    /** Inserts (version 1) or replaces the version before. */
    void save(Receiver receiver);

    void delete(String id);
}
