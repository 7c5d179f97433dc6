package cn.dualprevention.bench.records;

import java.util.Arrays;

/**
 * The response times of one measured phase (milliseconds, as Gatling measures them), the answers that were not 2xx,
 * and the wall time from the first request sent to the last answer received: throughput = 2xx answers / that time.
 * Thread-safe (Gatling's virtual users record from several threads).
 */
public final class Latencies {

    private long[] millis = new long[1024];
    private int count;
    private long errors;
    private long firstStartNanos = Long.MAX_VALUE;
    private long lastEndNanos = Long.MIN_VALUE;

    /** A request is about to be sent. */
    public synchronized void started(long nanos) {
        firstStartNanos = Math.min(firstStartNanos, nanos);
    }

    /** An answer arrived: its status and response time. */
    public synchronized void answered(int status, long responseMillis, long nanos) {
        lastEndNanos = Math.max(lastEndNanos, nanos);
        if (status < 200 || status > 299) {
            errors++;
            return;
        }
        if (count == millis.length) {
            millis = Arrays.copyOf(millis, count * 2);
        }
        millis[count++] = responseMillis;
    }

    /** The phases of one route taken together (e.g. both gateway rounds). */
    public static Summary combine(Latencies... phases) {
        Latencies all = new Latencies();
        double seconds = 0;
        for (Latencies p : phases) {
            synchronized (p) {
                for (int i = 0; i < p.count; i++) {
                    all.answered(200, p.millis[i], 0);
                }
                all.errors += p.errors;
                seconds += p.seconds();
            }
        }
        return all.summary(seconds);
    }

    public synchronized Summary summary() {
        return summary(seconds());
    }

    private double seconds() {
        return count + errors == 0 ? 0 : (lastEndNanos - firstStartNanos) / 1e9;
    }

    private synchronized Summary summary(double seconds) {
        long[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        double mean = count == 0 ? 0 : Arrays.stream(sorted).average().orElse(0);
        return new Summary(count, errors, seconds, seconds > 0 ? count / seconds : 0, percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), count == 0 ? 0 : sorted[count - 1], mean);
    }

    /** The nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /** What a phase came to. */
    public record Summary(long ok, long errors, double seconds, double perSecond, long p50, long p95, long p99, long max,
                          double mean) {
    }
}
