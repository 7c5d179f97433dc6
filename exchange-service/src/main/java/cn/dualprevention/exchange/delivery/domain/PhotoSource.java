package cn.dualprevention.exchange.delivery.domain;

import cn.dualprevention.exchange.record.domain.PhotoRef;

/** Where the bytes of a photo a record refers to come from: the service that keeps it. */
public interface PhotoSource {

    /**
     * The photo's bytes, or that the service has none.
     *
     * @throws PhotoSourceFault when the service is down, slow, refuses our service identity, or its circuit is open —
     *                          a passing failure: the record waits and is tried again, never sent without the photo
     */
    FetchedPhoto fetch(PhotoRef ref);
}
