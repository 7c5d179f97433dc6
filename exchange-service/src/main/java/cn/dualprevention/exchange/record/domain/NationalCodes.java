package cn.dualprevention.exchange.record.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The code tables of the data-exchange specification, and how the source services' names map onto them. */
public final class NationalCodes {

    /** dataSrc 管控方式: 1 automated monitoring 自动化监控, 2 hidden-hazard inspection 隐患排查. */
    public static final Map<String, String> DATA_SRC = Map.of("AUTOMATED_MONITORING", "1", "INSPECTION", "2");
    /** classify1 → its classify2 codes. */
    public static final Map<String, Set<String>> CLASSIFY = Map.of(
            "1", Set.of("1-1", "1-2", "1-3", "1-4", "1-5"),
            "2", Set.of("2-1", "2-2", "2-3"),
            "3", Set.of("3-1", "3-2", "3-3", "3-4"),
            "4", Set.of("4-1", "4-2", "4-3", "4-4", "4-5"));
    /** workDayType: 0 every day, 1 statutory working days, 2 non-working days. */
    public static final Map<String, String> WORK_DAY_TYPE = Map.of("EVERY_DAY", "0", "WORKING_DAYS", "1", "NON_WORKING_DAYS", "2");
    /** workType: 0 routine, 1 main / 2 technical / 3 operational responsible person (包保责任人). */
    public static final Map<String, String> WORK_TYPE = Map.of("ROUTINE", "0", "MAIN", "1", "TECHNICAL", "2", "OPERATIONAL", "3");
    /** The highest item number of the national 包保 checklist per workType. */
    public static final Map<String, Integer> TASK_NUM_MAX = Map.of("1", 9, "2", 9, "3", 10);
    /** checkStatus: 0 normal, 1 hazard found, 2 not inspected (missed), 3 other. */
    public static final Map<String, String> CHECK_STATUS = Map.of("NORMAL", "0", "HAZARD_FOUND", "1", "NOT_INSPECTED", "2", "OTHER", "3");
    /** dangerLevel: 0 general 一般, 1 major 重大. */
    public static final Map<String, String> DANGER_LEVEL = Map.of("GENERAL", "0", "MAJOR", "1");
    /** dangerManageType: 0 fix on the spot 即查即改, 1 fix by deadline 限期整改. */
    public static final Map<String, String> DANGER_MANAGE_TYPE = Map.of("ON_THE_SPOT", "0", "BY_DEADLINE", "1");
    /** dangerSrc 隐患来源 1 routine … 10 other. */
    public static final Set<String> DANGER_SRC = range(1, 10);
    /** hazardDangerType 1 safety … 8 other. */
    public static final Set<String> HAZARD_DANGER_TYPE = range(1, 8);
    /** hazardCategory 0 other, 1/2/3 registered by the main / technical / operational responsible person. */
    public static final Set<String> HAZARD_CATEGORY = range(0, 3);
    /** dangerState: 0 remediating, 1 awaiting acceptance, 9 accepted — only these travel. */
    public static final Set<String> DANGER_STATE = Set.of("0", "1", "9");
    /** managementClassification 1 unsafe act, 2 unsafe condition, 3 management defect. */
    public static final Set<String> MANAGEMENT_CLASSIFICATION = range(1, 3);
    /** occurrenceLink 1 design … 10 transport. */
    public static final Set<String> OCCURRENCE_LINK = range(1, 10);
    /** Mobile numbers of mainland China. */
    public static final String MOBILE = "^1[3-9]\\d{9}$";
    public static final List<String> ZERO_ONE = List.of("0", "1");

    private NationalCodes() {
    }

    /** The code of {@code name} in {@code table}, or null for an absent or unknown name. */
    public static String code(Map<String, String> table, String name) {
        return name == null ? null : table.get(name);
    }

    private static Set<String> range(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).collect(Collectors.toUnmodifiableSet());
    }
}
