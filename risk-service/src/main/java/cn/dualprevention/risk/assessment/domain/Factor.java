package cn.dualprevention.risk.assessment.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One factor of an assessment method with the values its table allows (e.g. LEC's L: 10, 6, 3, 1, 0.5, 0.2, 0.1).
 */
public record Factor(String name, String meaning, List<BigDecimal> values) {

    public Factor {
        values = List.copyOf(values);
    }

    static Factor of(String name, String meaning, String... values) {
        return new Factor(name, meaning, java.util.Arrays.stream(values).map(BigDecimal::new).toList());
    }

    public boolean allows(BigDecimal value) {
        return values.stream().anyMatch(v -> v.compareTo(value) == 0);
    }
}
