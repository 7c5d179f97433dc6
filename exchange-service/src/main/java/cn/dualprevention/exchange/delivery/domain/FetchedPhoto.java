package cn.dualprevention.exchange.delivery.domain;

import cn.dualprevention.exchange.record.domain.PhotoRef;

/** What the service keeping a photo answered: its bytes, or that it has no such photo. */
public sealed interface FetchedPhoto {

    PhotoRef ref();

    /** The photo's bytes as the service keeps them (any format, any size up to what we fetch). */
    record Found(PhotoRef ref, byte[] bytes) implements FetchedPhoto {
    }

    /** The service has no such photo (404), or it cannot be fetched at all for a reason a person must fix. */
    record Missing(PhotoRef ref, String reason) implements FetchedPhoto {
    }
}
