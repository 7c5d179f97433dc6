package cn.dualprevention.exchange.receiver.application;

/** A receiver was removed (its deliveries go with it). */
public record ReceiverRemoved(String receiverId) {
}
