package cn.dualprevention.platform.clock;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * 模拟时钟 — the clock of a simulated week in local mode ({@code dp.clock.file}, never set in production).
 *
 * <p>A small properties file shared by every process of one machine says how simulated time relates to the
 * wall clock: {@code anchorSim + speed × (wall − anchorReal)}, with {@code anchorReal}, {@code anchorSim}
 * (ISO-8601 instants) and {@code speed} (≥ 1). Before {@code anchorReal} simulated time runs at real speed.
 * The file is read again when it changes (checked at most every {@value #RECHECK_MILLIS} ms), so a simulator
 * can let a suite that lives a week in the past race through the week. Simulated time is never ahead of
 * the wall clock — once it catches up, this is the wall clock — and it never goes backwards, whatever the
 * file says. Writers should replace the file atomically (write a temporary file, then rename).
 */
public final class SimulationClock extends Clock {

    static final long RECHECK_MILLIS = 250;

    private final State state;
    private final ZoneId zone;

    private SimulationClock(State state, ZoneId zone) {
        this.state = state;
        this.zone = zone;
    }

    /** A clock following {@code file}, which must exist; {@code problems} hears about unreadable versions. */
    public static SimulationClock following(Path file, Clock wall, Consumer<String> problems) {
        Objects.requireNonNull(file, "file");
        State state = new State(file, wall, problems);
        if (!state.reload()) {
            throw new IllegalArgumentException("dp.clock.file: " + file
                    + " must exist and hold anchorReal, anchorSim (ISO-8601 instants) and speed (>= 1)");
        }
        return new SimulationClock(state, ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(this.zone) ? this : new SimulationClock(state, zone);
    }

    @Override
    public Instant instant() {
        return state.now();
    }

    /** The relation between the wall clock and simulated time, as read from the file. */
    record Anchors(Instant anchorReal, Instant anchorSim, double speed) {

        Instant at(Instant wall) {
            long elapsedNanos = wall.getEpochSecond() * 1_000_000_000L + wall.getNano()
                    - (anchorReal.getEpochSecond() * 1_000_000_000L + anchorReal.getNano());
            double scaled = elapsedNanos <= 0 ? elapsedNanos : elapsedNanos * speed;
            long nanos = (long) Math.max(Math.min(scaled, 9.0e18), -9.0e18);
            return anchorSim.plusNanos(nanos);
        }

        static Anchors parse(String text) {
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(text));
                Instant anchorReal = Instant.parse(required(properties, "anchorReal"));
                Instant anchorSim = Instant.parse(required(properties, "anchorSim"));
                double speed = Double.parseDouble(required(properties, "speed"));
                if (!(speed >= 1) || Double.isInfinite(speed)) {
                    throw new IllegalArgumentException("speed must be a number >= 1, was " + speed);
                }
                return new Anchors(anchorReal, anchorSim, speed);
            } catch (IOException | DateTimeParseException | NumberFormatException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }

        private static String required(Properties properties, String key) {
            String value = properties.getProperty(key);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(key + " is missing");
            }
            return value.trim();
        }
    }

    /** Shared by the zone variants of one clock. */
    private static final class State {
        private final Path file;
        private final Clock wall;
        private final Consumer<String> problems;
        private final AtomicLong lastMicros = new AtomicLong(Long.MIN_VALUE);
        private volatile Anchors anchors;
        private volatile String lastText;
        private volatile long nextCheckMillis;
        private String lastProblem;

        State(Path file, Clock wall, Consumer<String> problems) {
            this.file = file;
            this.wall = wall;
            this.problems = problems;
        }

        Instant now() {
            Instant real = wall.instant();
            if (real.toEpochMilli() >= nextCheckMillis) {
                nextCheckMillis = real.toEpochMilli() + RECHECK_MILLIS;
                reload();
            }
            Instant simulated = anchors.at(real);
            if (simulated.isAfter(real)) {
                simulated = real;
            }
            long micros = simulated.getEpochSecond() * 1_000_000L + simulated.getNano() / 1_000;
            long monotonic = lastMicros.accumulateAndGet(micros, Math::max);
            return Instant.ofEpochSecond(Math.floorDiv(monotonic, 1_000_000L), Math.floorMod(monotonic, 1_000_000L) * 1_000L);
        }

        /** Reads the file if it changed; false when it could not be read or understood (the old anchors stay). */
        synchronized boolean reload() {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                return problem("simulation clock file " + file + " is missing; keeping the last anchors");
            } catch (IOException e) {
                return problem("simulation clock file " + file + " could not be read (" + e + "); keeping the last anchors");
            }
            if (text.equals(lastText)) {
                return true;
            }
            try {
                anchors = Anchors.parse(text);
                lastText = text;
                lastProblem = null;
                return true;
            } catch (IllegalArgumentException e) {
                return problem("simulation clock file " + file + " is not valid (" + e.getMessage() + "); keeping the last anchors");
            }
        }

        /** Reports a problem once (not every {@value #RECHECK_MILLIS} ms while it lasts). */
        private boolean problem(String message) {
            if (!message.equals(lastProblem)) {
                lastProblem = message;
                problems.accept(message);
            }
            return false;
        }
    }
}
