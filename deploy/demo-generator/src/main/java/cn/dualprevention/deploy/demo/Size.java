package cn.dualprevention.deploy.demo;

import java.util.Locale;

/**
 * How big a group to generate. Units beyond the templates of a kind repeat them as "2#…", "3#…".
 *
 * @param enterprises          enterprises, the kinds taken in turn (LNG, coking, ammonia, oil depot, chlor-alkali)
 * @param plantsPerEnterprise  plants (厂区) per enterprise, each with its own workshop, posts, people and major hazard
 *                             source
 * @param unitsPerPlant        risk analysis units per plant
 */
public record Size(int enterprises, int plantsPerEnterprise, int unitsPerPlant) {

    public Size {
        if (enterprises < 1 || plantsPerEnterprise < 1 || unitsPerPlant < 1) {
            throw new IllegalArgumentException("every size must be at least 1: " + enterprises + "/"
                    + plantsPerEnterprise + "/" + unitsPerPlant);
        }
        if (enterprises > 999) {
            throw new IllegalArgumentException("at most 999 enterprises (3-digit company serial)");
        }
        if (plantsPerEnterprise > 99) {
            throw new IllegalArgumentException("at most 99 plants per enterprise (2-digit plant number in codes)");
        }
    }

    /** The local-mode default: 5 enterprises (one of each kind) × 2 plants × 4 units = 40 units. */
    public static final Size SMALL = new Size(5, 2, 4);
    /** 10 enterprises × 3 plants × 7 units = 210 units, about 1,700 tasks. */
    public static final Size MEDIUM = new Size(10, 3, 7);
    /** 20 enterprises × 5 plants (= 100 plants) × 40 units: about 20,000 inspection tasks. */
    public static final Size LARGE = new Size(20, 5, 40);

    public static Size named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "small" -> SMALL;
            case "medium" -> MEDIUM;
            case "large" -> LARGE;
            default -> throw new IllegalArgumentException("size is small, medium or large (or give --enterprises, "
                    + "--plants, --units): " + name);
        };
    }

    public int plants() {
        return enterprises * plantsPerEnterprise;
    }
}
