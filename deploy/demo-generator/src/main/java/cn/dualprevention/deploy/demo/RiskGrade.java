package cn.dualprevention.deploy.demo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 风险评价 — the methods, factor tables and default bands of shared/domain/risk-methods.md (the same defaults as
 * risk-service), and the factor values the generator uses for a wanted level: the level a register shows is always
 * the level its factors give.
 */
public enum RiskGrade {
    ;

    /** 重大 / 较大 / 一般 / 低, highest first; the names are risk-service's {@code RiskLevel}. */
    public enum Level { MAJOR, CONSIDERABLE, GENERAL, LOW;

        public Level higherOf(Level other) {
            return other == null || ordinal() < other.ordinal() ? this : other;
        }

        /** 管控层级: 重大 → 公司; 较大 → 公司 / 车间; 一般 → 车间 / 班组; 低 → 班组 / 岗位 (the lower of each pair). */
        public String controlLevel() {
            return switch (this) {
                case MAJOR -> "COMPANY";
                case CONSIDERABLE -> "WORKSHOP";
                case GENERAL -> "TEAM";
                case LOW -> "POST";
            };
        }

        public List<String> allowedControlLevels() {
            return switch (this) {
                case MAJOR -> List.of("COMPANY");
                case CONSIDERABLE -> List.of("COMPANY", "WORKSHOP");
                case GENERAL -> List.of("WORKSHOP", "TEAM");
                case LOW -> List.of("TEAM", "POST");
            };
        }
    }

    /** LEC D = L×E×C, LS R = L×S, MES R = M×E×S. */
    public enum Method {
        LEC(Map.of("L", List.of("10", "6", "3", "1", "0.5", "0.2", "0.1"),
                "E", List.of("10", "6", "3", "2", "1", "0.5"),
                "C", List.of("100", "40", "15", "7", "3", "1"))),
        LS(Map.of("L", List.of("1", "2", "3", "4", "5"), "S", List.of("1", "2", "3", "4", "5"))),
        MES(Map.of("M", List.of("5", "3", "1"), "E", List.of("10", "6", "3", "2", "1", "0.5"),
                "S", List.of("10", "8", "4", "2", "1")));

        private final Map<String, List<String>> tables;

        Method(Map<String, List<String>> tables) {
            this.tables = tables;
        }

        public boolean allows(String factor, BigDecimal value) {
            List<String> table = tables.get(factor);
            return table != null && table.stream().anyMatch(v -> new BigDecimal(v).compareTo(value) == 0);
        }

        public List<String> factorNames() {
            return switch (this) {
                case LEC -> List.of("L", "E", "C");
                case LS -> List.of("L", "S");
                case MES -> List.of("M", "E", "S");
            };
        }

        /** The level of a score under the default bands of risk-methods.md. */
        public Level level(BigDecimal score) {
            double s = score.doubleValue();
            return switch (this) {
                case LEC -> s > 320 ? Level.MAJOR : s >= 160 ? Level.CONSIDERABLE : s >= 70 ? Level.GENERAL : Level.LOW;
                case LS -> s >= 20 ? Level.MAJOR : s >= 15 ? Level.CONSIDERABLE : s >= 9 ? Level.GENERAL : Level.LOW;
                case MES -> s > 180 ? Level.MAJOR : s >= 90 ? Level.CONSIDERABLE : s >= 40 ? Level.GENERAL : Level.LOW;
            };
        }

        /** Factor values (in the tables) a safety engineer would enter for a residual risk of this level. */
        public Map<String, BigDecimal> residual(Level level) {
            return switch (this) {
                case LEC -> switch (level) {
                    case MAJOR -> factors("L", "1", "E", "10", "C", "40");         // 400
                    case CONSIDERABLE -> factors("L", "0.5", "E", "10", "C", "40"); // 200
                    case GENERAL -> factors("L", "1", "E", "6", "C", "15");         // 90
                    case LOW -> factors("L", "0.5", "E", "6", "C", "15");           // 45
                };
                case LS -> switch (level) {
                    case MAJOR -> factors("L", "4", "S", "5");        // 20
                    case CONSIDERABLE -> factors("L", "3", "S", "5"); // 15
                    case GENERAL -> factors("L", "2", "S", "5");      // 10
                    case LOW -> factors("L", "2", "S", "3");          // 6
                };
                case MES -> switch (level) {
                    case MAJOR -> factors("M", "3", "E", "10", "S", "8");       // 240
                    case CONSIDERABLE -> factors("M", "1", "E", "10", "S", "10"); // 100
                    case GENERAL -> factors("M", "1", "E", "6", "S", "8");        // 48
                    case LOW -> factors("M", "1", "E", "3", "S", "4");            // 12
                };
            };
        }

        /** Before measures (固有风险): likelihood without any control, the same consequence. */
        public Map<String, BigDecimal> inherent(Level residual) {
            return switch (this) {
                case LEC -> switch (residual) {
                    case MAJOR, CONSIDERABLE -> factors("L", "6", "E", "10", "C", "40"); // 2400
                    case GENERAL -> factors("L", "6", "E", "6", "C", "15");              // 540
                    case LOW -> factors("L", "3", "E", "6", "C", "15");                  // 270
                };
                case LS -> switch (residual) {
                    case MAJOR, CONSIDERABLE -> factors("L", "5", "S", "5"); // 25
                    case GENERAL -> factors("L", "4", "S", "5");             // 20
                    case LOW -> factors("L", "5", "S", "3");                 // 15
                };
                case MES -> switch (residual) {
                    case MAJOR, CONSIDERABLE -> factors("M", "5", "E", "10", "S", "10"); // 500
                    case GENERAL -> factors("M", "5", "E", "6", "S", "8");               // 240
                    case LOW -> factors("M", "3", "E", "3", "S", "4");                   // 36
                };
            };
        }

        public BigDecimal score(Map<String, BigDecimal> factors) {
            BigDecimal s = BigDecimal.ONE;
            for (String f : factorNames()) {
                s = s.multiply(factors.get(f));
            }
            return s.stripTrailingZeros();
        }
    }

    private static Map<String, BigDecimal> factors(String... kv) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], new BigDecimal(kv[i + 1]));
        }
        return m;
    }
}
