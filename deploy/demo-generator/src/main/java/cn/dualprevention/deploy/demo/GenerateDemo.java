package cn.dualprevention.deploy.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * CLI: {@code GenerateDemo --size small --seed 42 --out deploy/local/demo/demo.json}. Options: {@code --size
 * small|medium|large}, {@code --enterprises N --plants N --units N} (override the size), {@code --seed N} (default 42),
 * {@code --out FILE} (default: standard output), {@code --compact}, {@code --schedules} (also the schedule of every
 * inspection task; see README), {@code --start yyyy-MM-dd} (first day of every task, default 2026-01-01).
 * The file is written next to the target and moved into place only when complete.
 */
public final class GenerateDemo {

    private GenerateDemo() {
    }

    public static void main(String[] args) throws IOException {
        Size size = Size.SMALL;
        Integer enterprises = null;
        Integer plants = null;
        Integer units = null;
        long seed = 42;
        Path out = null;
        boolean pretty = true;
        boolean schedules = false;
        LocalDate start = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--size" -> size = Size.named(args[++i]);
                case "--enterprises" -> enterprises = Integer.parseInt(args[++i]);
                case "--plants" -> plants = Integer.parseInt(args[++i]);
                case "--units" -> units = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--compact" -> pretty = false;
                case "--schedules" -> schedules = true;
                case "--start" -> start = LocalDate.parse(args[++i]);
                case "-h", "--help" -> {
                    System.out.println("usage: GenerateDemo [--size small|medium|large] [--enterprises N] [--plants N]"
                            + " [--units N] [--seed N] [--out FILE] [--compact] [--schedules] [--start yyyy-MM-dd]");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + a + " (--help)");
            }
        }
        size = new Size(enterprises != null ? enterprises : size.enterprises(),
                plants != null ? plants : size.plantsPerEnterprise(), units != null ? units : size.unitsPerPlant());
        GroupGenerator generator = new GroupGenerator(size, seed, schedules, start);
        Counts counts = new Counts();
        if (out == null) {
            try (JsonRequestWriter w = new JsonRequestWriter(System.out, pretty)) {
                generator.generate(r -> {
                    counts.accept(r);
                    w.accept(r);
                });
            }
        } else {
            Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                 JsonRequestWriter w = new JsonRequestWriter(os, pretty)) {
                generator.generate(r -> {
                    counts.accept(r);
                    w.accept(r);
                });
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.err.println("wrote " + out + ": " + counts);
        }
    }

    /** What a request list contains, by kind of request. */
    public static final class Counts implements RequestSink {

        /** The kinds of request, by path. */
        public enum What { ENTERPRISES, ORG_UNITS, POSTS, PEOPLE, RISK_OBJECTS, UNITS, EVENTS, ASSESSMENTS, MEASURES,
            INSPECTION_MEASURES, SCHEDULES }

        private final Map<What, Integer> counts = new EnumMap<>(What.class);
        private int total;

        @Override
        public void accept(DemoRequest r) {
            total++;
            String p = r.path();
            What w = p.endsWith("/schedule") ? What.SCHEDULES
                    : p.endsWith("/assessments") ? What.ASSESSMENTS
                    : p.equals("/api/v1/enterprises") ? What.ENTERPRISES
                    : p.equals("/api/v1/org/units") ? What.ORG_UNITS
                    : p.equals("/api/v1/org/posts") ? What.POSTS
                    : p.equals("/api/v1/org/people") ? What.PEOPLE
                    : p.equals("/api/v1/risk-objects") ? What.RISK_OBJECTS
                    : p.equals("/api/v1/risk-units") ? What.UNITS
                    : p.equals("/api/v1/risk-events") ? What.EVENTS
                    : What.MEASURES;
            counts.merge(w, 1, Integer::sum);
            if (w == What.MEASURES && Templates.INSPECTION.equals(r.body().get("controlMode"))) {
                counts.merge(What.INSPECTION_MEASURES, 1, Integer::sum);
            }
        }

        public int get(What w) {
            return counts.getOrDefault(w, 0);
        }

        public int total() {
            return total;
        }

        @Override
        public String toString() {
            return total + " requests " + counts;
        }
    }
}
