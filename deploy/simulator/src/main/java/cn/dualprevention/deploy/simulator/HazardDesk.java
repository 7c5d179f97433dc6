package cn.dualprevention.deploy.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;

/**
 * 隐患治理 — what the department head and the safety manager do with the hazards the inspectors found: confirm,
 * fix on the spot (即查即改) or plan a remediation by deadline (限期整改, with the five in place for a major hazard),
 * submit the work, and the safety manager accepts it; a few are planned and then left to run past their deadline.
 * The pace follows the simulated clock.
 */
public final class HazardDesk {

    /** How a found hazard's story ends. */
    public enum Fate { ON_THE_SPOT, BY_DEADLINE, LEFT_OVERDUE }

    /** The next step on a hazard, by the person who takes it. */
    public enum Step { CONFIRM, FIX_ON_THE_SPOT, PLAN, SUBMIT, ACCEPT }

    /** What was decided for the hazard of one record, and who acts on it. */
    public record Plan(String recordId, String enterpriseId, Fate fate, String level, Identity departmentHead,
                       Identity safetyManager) {
    }

    private static final Duration CONFIRM_AFTER = Duration.ofHours(1);
    private static final Duration PLAN_AFTER = Duration.ofHours(2);
    private static final Duration FIX_TAKES = Duration.ofHours(20);
    private static final Duration ACCEPT_AFTER = Duration.ofHours(4);

    private final Api api;
    private final Identity admin;
    private final Tally tally;
    private final ZoneId zone;
    private final Map<String, Plan> byRecord = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastStep = new ConcurrentHashMap<>();
    private final Map<String, Boolean> seen = new ConcurrentHashMap<>();

    public HazardDesk(Api api, Identity admin, Tally tally, ZoneId zone) {
        this.api = api;
        this.admin = admin;
        this.tally = tally;
        this.zone = zone;
    }

    /** The fate of a found hazard: {@code roll} uniform in [0, 1); a major hazard is never fixed on the spot. */
    public static Fate fate(double roll, String level, Shares shares) {
        if (roll < shares.leftOverdue()) {
            return Fate.LEFT_OVERDUE;
        }
        if (roll < shares.leftOverdue() + shares.fixOnTheSpot() && !"MAJOR".equals(level)) {
            return Fate.ON_THE_SPOT;
        }
        return Fate.BY_DEADLINE;
    }

    /** The step due on a hazard in {@code state} whose previous step was {@code sinceLast} ago, if any. */
    public static Optional<Step> next(String state, Fate fate, Duration sinceLast) {
        return switch (state) {
            case "AWAITING_CONFIRMATION" -> sinceLast.compareTo(CONFIRM_AFTER) >= 0
                    ? Optional.of(fate == Fate.ON_THE_SPOT ? Step.FIX_ON_THE_SPOT : Step.CONFIRM) : Optional.empty();
            case "CONFIRMED" -> sinceLast.compareTo(PLAN_AFTER) >= 0 ? Optional.of(Step.PLAN) : Optional.empty();
            case "REMEDIATING" -> fate != Fate.LEFT_OVERDUE && sinceLast.compareTo(FIX_TAKES) >= 0
                    ? Optional.of(Step.SUBMIT) : Optional.empty();
            case "AWAITING_ACCEPTANCE" -> sinceLast.compareTo(ACCEPT_AFTER) >= 0 ? Optional.of(Step.ACCEPT) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The deadline of the plan: the day after tomorrow for one left to run over, a week otherwise (local dates). */
    public static LocalDate deadline(Fate fate, LocalDate today) {
        return fate == Fate.LEFT_OVERDUE ? today.plusDays(1) : today.plusDays(7);
    }

    public void expect(Plan plan) {
        byRecord.put(plan.recordId(), plan);
        if (plan.fate() == Fate.LEFT_OVERDUE) {
            tally.hazardsLeftOverdue.incrementAndGet();
        }
    }

    public int expected() {
        return byRecord.size();
    }

    /** Looks at the ledgers of the enterprises with hazards of ours and takes every step that is due at {@code now}. */
    public void work(Instant now, Bounded bounded) {
        List<java.util.concurrent.Callable<Void>> jobs = new ArrayList<>();
        for (String enterpriseId : byRecord.values().stream().map(Plan::enterpriseId).distinct().sorted().toList()) {
            Api.Reply ledger = api.get("/api/v1/hazards?enterpriseId=" + GroupReader.q(enterpriseId), admin);
            if (!ledger.ok()) {
                continue;
            }
            for (JsonNode h : ledger.json()) {
                Plan plan = byRecord.get(h.path("recordId").asString(""));
                if (plan == null) {
                    continue;
                }
                String id = h.path("id").asString();
                if (seen.putIfAbsent(id, true) == null) {
                    tally.hazardsRegistered.incrementAndGet();
                    lastStep.put(id, now);
                }
                Duration since = Duration.between(lastStep.getOrDefault(id, now), now);
                next(h.path("state").asString(""), plan.fate(), since).ifPresent(step -> jobs.add(() -> {
                    take(step, id, plan, now);
                    return null;
                }));
            }
        }
        bounded.runAll(jobs);
    }

    private void take(Step step, String hazardId, Plan plan, Instant now) {
        String base = "/api/v1/hazards/" + GroupReader.q(hazardId);
        Identity head = plan.departmentHead();
        LocalDate today = now.atZone(zone).toLocalDate();
        Api.Reply reply = switch (step) {
            case CONFIRM -> api.post(base + "/confirm", Map.of("comment", "经车间核实，确认为隐患"), head);
            case FIX_ON_THE_SPOT -> api.post(base + "/fix-on-the-spot",
                    Map.of("description", "已现场整改：紧固、校正并复查合格", "afterPhotoIds", List.of()), head);
            case PLAN -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("responsibility", head.name() == null ? "车间主任" : head.name());
                body.put("measures", "制定整改方案：停用隔离、更换或检修失效部件，整改后复测确认");
                body.put("funds", "MAJOR".equals(plan.level()) ? "5万元" : "0.5万元");
                body.put("deadline", deadline(plan.fate(), today).toString());
                body.put("contingencyPlan", "整改期间加强巡检频次，落实临时监护和应急处置措施");
                yield api.post(base + "/plan", body, head);
            }
            case SUBMIT -> api.post(base + "/submit",
                    Map.of("description", "已按整改方案完成整改，复测合格", "afterPhotoIds", List.of()), head);
            case ACCEPT -> api.post(base + "/accept", Map.of("comment", "现场复查，整改到位，同意验收"), plan.safetyManager());
        };
        if (reply.ok()) {
            lastStep.put(hazardId, now);
            if (step == Step.ACCEPT) {
                tally.hazardsRemediated.incrementAndGet();
            }
        } else if (reply.status() != 409) {
            tally.refused.incrementAndGet();
        }
    }
}
