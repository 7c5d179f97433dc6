package cn.dualprevention.deploy.demo;

/** Where the generated requests go, one at a time, in load order (a file, a list in a test). */
@FunctionalInterface
public interface RequestSink {
    void accept(DemoRequest request);
}
