package cn.dualprevention.exchange.receiver.application;

/** A receiver was disabled (it delivers nothing until enabled again). */
public record ReceiverDisabled(String receiverId) {
}
