package cn.dualprevention.sandbox.hub.application;

/** One bad record of a batch rejected as a whole: its id and the violated rule. */
public record BatchRejectView(String uuid, String msg) {
}
