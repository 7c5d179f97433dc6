package cn.dualprevention.deploy.local;

import java.io.PrintStream;

/** One line per event, with the seconds since the suite started. */
final class Progress {

    private final PrintStream out;
    private final long start;

    Progress(PrintStream out, long startNanos) {
        this.out = out;
        this.start = startNanos;
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    synchronized void line(String name, String state, String detail) {
        out.printf("[%5.1fs] %-19s %-9s %s%n", seconds(), name, state, detail == null ? "" : detail);
        out.flush();
    }

    synchronized void text(String text) {
        out.println(text);
        out.flush();
    }

    PrintStream out() {
        return out;
    }
}
