package cn.dualprevention.exchange.delivery.application;

import cn.dualprevention.exchange.delivery.domain.Delivery;

import java.util.Map;

/** A delivery with the record it is about (as kept, with the specification's field names), and whether it is a deletion. */
public record DeliveryView(Delivery delivery, boolean deleted, Map<String, Object> record) {
}
