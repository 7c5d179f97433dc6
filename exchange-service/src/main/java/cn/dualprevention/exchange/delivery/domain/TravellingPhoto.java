package cn.dualprevention.exchange.delivery.domain;

import cn.dualprevention.exchange.record.domain.PhotoRef;

/**
 * A photo ready to travel to a regulator: a JPEG or PNG within the size limit — as kept by its service, or re-encoded
 * as a JPEG ({@code reencoded}) because it was another format or too large.
 */
public record TravellingPhoto(PhotoRef ref, PictureFormat format, byte[] bytes, boolean reencoded) {
}
