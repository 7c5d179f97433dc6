package cn.dualprevention.deploy.simulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 排查周期 — how often a safety manager would have each kind of control measure checked, by its classify codes
 * (national table: 1 engineering, 2 maintenance, 3 operating behaviour, 4 emergency):
 * <ul>
 *   <li>critical alarms and interlocks (1-4: gas detectors, SIS, level interlocks): every 4 hours in the day-shift
 *   window 08:00–20:00, every day (巡检);</li>
 *   <li>instruments, safety valves and earthing (1-2, 1-3), lubrication and special-care rounds (2-1), operating
 *   records (3-2) and shift handover (3-3): daily, every day (a shift post);</li>
 *   <li>static seal points (2-2), special work permits (3-4), fire water (4-3): weekly, on working days;
 *   emergency equipment and PPE (4-1, 4-2): weekly, every day;</li>
 *   <li>preventive electrical tests (2-3), qualifications (3-1), the on-site emergency plan (4-4): monthly, on
 *   working days;</li>
 *   <li>安全包保 duties (3-4 "安全包保"): to the guarantor in person with the national checklist item — main
 *   responsible person quarterly, technical monthly, operational weekly, on working days.</li>
 * </ul>
 * Routine tasks go to the measure's responsible post.
 */
public final class ScheduleRules {

    /** A national 包保 checklist item: its role, number and words that recognise it in the inspection content. */
    record DutyItem(String workType, int taskNum, String words) {
    }

    static final List<DutyItem> DUTY_ITEMS = List.of(
            new DutyItem("MAIN", 5, "督促、检查"),
            new DutyItem("TECHNICAL", 2, "检测、检验和维护保养"),
            new DutyItem("TECHNICAL", 5, "制定管控措施"),
            new DutyItem("OPERATIONAL", 1, "规章制度和操作规程"),
            new DutyItem("OPERATIONAL", 3, "特殊作业"));

    private ScheduleRules() {
    }

    /** The schedule body for {@code PUT /api/v1/inspection-tasks/{id}/schedule}, or empty when nobody could do it. */
    public static Optional<Map<String, Object>> scheduleFor(Group.Enterprise enterprise, Group.Task task,
                                                            Group.Measure measure, Instant taskStart) {
        String c2 = measure.classify2() == null ? "" : measure.classify2();
        Map<String, Object> body = new LinkedHashMap<>();
        if ("安全包保".equals(measure.classify3())) {
            return duty(enterprise, task, measure, taskStart);
        }
        switch (c2) {
            case "1-4" -> hourly(body, 4);
            case "1-2", "1-3", "2-1", "3-2", "3-3" -> cycle(body, 1, "DAY", "EVERY_DAY");
            case "2-2", "3-4", "4-3" -> cycle(body, 1, "WEEK", "WORKING_DAYS");
            case "4-1", "4-2" -> cycle(body, 1, "WEEK", "EVERY_DAY");
            case "2-3", "3-1", "4-4" -> cycle(body, 1, "MONTH", "WORKING_DAYS");
            default -> cycle(body, 1, "WEEK", "EVERY_DAY");
        }
        if (measure.responsiblePostId() == null || enterprise.holders(measure.responsiblePostId()).isEmpty()) {
            return Optional.empty();
        }
        body.put("taskStartTime", taskStart.toString());
        body.put("workType", "ROUTINE");
        body.put("assigneePostId", measure.responsiblePostId());
        return Optional.of(order(body));
    }

    private static Optional<Map<String, Object>> duty(Group.Enterprise enterprise, Group.Task task, Group.Measure measure,
                                                      Instant taskStart) {
        DutyItem item = DUTY_ITEMS.stream().filter(d -> task.content().contains(d.words())).findFirst().orElse(null);
        Group.Unit unit = task.unitId() == null ? null : enterprise.unitsById().get(task.unitId());
        Group.RiskObject object = unit == null || unit.riskObjectId() == null ? null
                : enterprise.riskObject(unit.riskObjectId()).orElse(null);
        String workType = item != null ? item.workType() : roleOfContent(task.content());
        if (workType == null || object == null) {
            return Optional.empty();
        }
        String person = switch (workType) {
            case "MAIN" -> object.mainPersonId();
            case "TECHNICAL" -> object.technicalPersonId();
            default -> object.operationalPersonId();
        };
        if (person == null) {
            return Optional.empty();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        switch (workType) {
            case "MAIN" -> cycle(body, 1, "QUARTER", "WORKING_DAYS");
            case "TECHNICAL" -> cycle(body, 1, "MONTH", "WORKING_DAYS");
            default -> cycle(body, 1, "WEEK", "WORKING_DAYS");
        }
        body.put("taskStartTime", taskStart.toString());
        body.put("workType", workType);
        body.put("taskNum", item != null ? item.taskNum() : 1);
        body.put("assigneePersonId", person);
        return Optional.of(order(body));
    }

    private static String roleOfContent(String content) {
        if (content.startsWith("主要负责人")) {
            return "MAIN";
        }
        if (content.startsWith("技术负责人")) {
            return "TECHNICAL";
        }
        if (content.startsWith("操作负责人")) {
            return "OPERATIONAL";
        }
        return null;
    }

    private static void hourly(Map<String, Object> body, int hours) {
        body.put("cycle", hours);
        body.put("cycleUnit", "HOUR");
        body.put("workStartTime", "08:00:00");
        body.put("workEndTime", "20:00:00");
        body.put("workDayType", "EVERY_DAY");
    }

    private static void cycle(Map<String, Object> body, int n, String unit, String workDays) {
        body.put("cycle", n);
        body.put("cycleUnit", unit);
        body.put("workDayType", workDays);
    }

    private static Map<String, Object> order(Map<String, Object> body) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String key : List.of("cycle", "cycleUnit", "taskStartTime", "workStartTime", "workEndTime", "workDayType",
                "workType", "taskNum", "assigneePostId", "assigneePersonId")) {
            if (body.containsKey(key)) {
                ordered.put(key, body.get(key));
            }
        }
        return ordered;
    }
}
