package cn.dualprevention.deploy.simulator;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Properties;

/**
 * 模拟时钟 — the simulated time the whole suite shares: the platform reads the same file ({@code dp.clock.file},
 * env {@code DP_CLOCK_FILE}), a {@link Properties} file with {@code anchorReal}, {@code anchorSim} (ISO-8601
 * instants) and {@code speed} (decimal ≥ 1):
 * <pre>now = anchorSim + speed × (realNow − anchorReal)</pre>
 * never ahead of the real wall clock (once it catches up it is the real clock) and never going backwards. The file
 * is re-read when it changes.
 */
public final class SimulatedTime {

    /** The three keys of the file. */
    public record Anchor(Instant anchorReal, Instant anchorSim, BigDecimal speed) {

        public Anchor {
            Objects.requireNonNull(anchorReal, "anchorReal");
            Objects.requireNonNull(anchorSim, "anchorSim");
            Objects.requireNonNull(speed, "speed");
            if (speed.compareTo(BigDecimal.ONE) < 0) {
                throw new IllegalArgumentException("speed must be at least 1, was " + speed);
            }
        }

        /** The simulated instant at a real instant: the formula, never ahead of {@code real}. */
        public Instant at(Instant real) {
            long elapsedNanos = Duration.between(anchorReal, real).toNanos();
            // before anchorReal the simulated time runs at real speed (as the platform's SimulationClock)
            long simElapsed = elapsedNanos <= 0 ? elapsedNanos
                    : speed.multiply(BigDecimal.valueOf(elapsedNanos)).setScale(0, RoundingMode.FLOOR).longValueExact();
            Instant sim = anchorSim.plusNanos(simElapsed);
            return sim.isAfter(real) ? real : sim;
        }

        /** Whether the simulated time has caught up with the real time at {@code real}. */
        public boolean caughtUp(Instant real) {
            return !at(real).isBefore(real);
        }
    }

    private final Path file;
    private final Clock real;
    private Anchor anchor;
    private String readText;
    private long nextCheckMillis = Long.MIN_VALUE;
    private Instant last = Instant.MIN;

    public SimulatedTime(Path file) {
        this(file, Clock.systemUTC());
    }

    public SimulatedTime(Path file, Clock real) {
        this.file = file;
        this.real = real;
    }

    public Path file() {
        return file;
    }

    /** The simulated now: the file's formula at the real now, never before a value returned earlier. */
    public synchronized Instant now() {
        Instant sim = anchor().at(real.instant());
        if (sim.isBefore(last)) {
            return last;
        }
        last = sim;
        return sim;
    }

    /** The real now of this clock's real clock. */
    public Instant realNow() {
        return real.instant();
    }

    /** The anchor in force (the file is looked at again every 250 ms at most, as the platform's clock does). */
    public synchronized Anchor anchor() {
        long nowMillis = real.millis();
        if (anchor != null && nowMillis < nextCheckMillis) {
            return anchor;
        }
        nextCheckMillis = nowMillis + 250;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (anchor == null || !text.equals(readText)) {
                anchor = parse(text, file);
                readText = text;
            }
            return anchor;
        } catch (IOException e) {
            if (anchor != null) {
                return anchor;
            }
            throw new UncheckedIOException("cannot read the clock file " + file, e);
        }
    }

    /**
     * Changes the speed from now on: the new anchor is (real now, simulated now), so the simulated time goes on
     * without a jump.
     */
    public synchronized Anchor changeSpeed(BigDecimal speed) {
        Instant realNow = real.instant();
        Instant simNow = now();
        Anchor next = new Anchor(realNow, simNow, speed);
        write(file, next);
        anchor = next;
        readText = null;
        nextCheckMillis = Long.MIN_VALUE;
        return next;
    }

    /** The speed at which the simulated time reaches the real time {@code within} from now. */
    public static BigDecimal speedToCatchUp(Instant simNow, Instant realNow, Duration within) {
        Duration behind = Duration.between(simNow, realNow);
        if (behind.isNegative() || behind.isZero() || within.isZero() || within.isNegative()) {
            return BigDecimal.ONE;
        }
        BigDecimal speed = BigDecimal.valueOf(behind.plus(within).toMillis())
                .divide(BigDecimal.valueOf(within.toMillis()), 3, RoundingMode.CEILING);
        return speed.max(BigDecimal.ONE);
    }

    /** Reads a clock file; a malformed one is an {@link IllegalArgumentException} naming the key. */
    public static Anchor read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file);
    }

    private static Anchor parse(String text, Path file) {
        Properties p = new Properties();
        try (Reader reader = new java.io.StringReader(text)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Anchor(instant(p, "anchorReal", file), instant(p, "anchorSim", file), speed(p, file));
    }

    /** Writes a clock file atomically (a reader never sees half a file). */
    public static void write(Path file, Anchor anchor) {
        Properties p = new Properties();
        p.setProperty("anchorReal", anchor.anchorReal().toString());
        p.setProperty("anchorSim", anchor.anchorSim().toString());
        p.setProperty("speed", anchor.speed().toPlainString());
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "simulated clock of the suite: now = anchorSim + speed x (realNow - anchorReal), never ahead of"
                        + " the real clock");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the clock file " + file, e);
        }
    }

    private static Instant instant(Properties p, String key, Path file) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(file + ": " + key + " is missing");
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + ": " + key + " is not an ISO-8601 instant: " + value);
        }
    }

    private static BigDecimal speed(Properties p, Path file) {
        String value = p.getProperty("speed", "1").trim();
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": speed is not a decimal: " + value);
        }
    }
}
