package cn.dualprevention.deploy.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Decides, for the cycles an inspector's inbox shows, what happens to each (pure: the same seed and cycles give the
 * same plan). In a normal plant most checks are done inside the window with the unit's QR code and a GPS position
 * near the unit, some late, some left undone, and about 2 % find a hazard. The plant that inspects "for show" does
 * everything and finds nothing: one person ticks off all the cycles that end together in a burst a few seconds
 * apart in the last minutes of the window, from the control room (≈ 800 m away), without scanning, with the same
 * photo — the patterns the assessment's {@code SignalDetector} looks for (end-of-window bursts, implausibly fast
 * checks, check-ins far from the unit, the same photo, many checks and not one hazard).
 */
public final class CheckPlanner {

    /** How far from the unit the "for show" inspector stands (the control room). */
    static final double CONTROL_ROOM_METERS = 800;
    /** A late check comes this long after the window at most. */
    static final Duration LATEST_LATE = Duration.ofHours(2);
    /** Nothing is planned closer than this to the end of the simulation (the submission must land before it). */
    static final Duration END_MARGIN = Duration.ofMinutes(30);

    private static final List<String[]> FINDINGS = List.of(
            new String[]{"气体", "可燃/有毒气体检测报警器探头超期未标定，现场显示值漂移", "4"},
            new String[]{"联锁", "SIS联锁处于旁路状态，未办理联锁摘除审批", "4"},
            new String[]{"液位", "现场液位计与DCS显示偏差超过5%", "4"},
            new String[]{"安全阀", "安全阀铅封缺失，校验标签超期", "7"},
            new String[]{"静电", "静电接地线连接螺栓松动、锈蚀", "3"},
            new String[]{"密封", "法兰静密封点有轻微泄漏，检测值超标", "7"},
            new String[]{"润滑", "机泵润滑油位低于下限，油质乳化", "7"},
            new String[]{"交接班", "交接班记录未签字，异常情况未交接", "1"},
            new String[]{"运行记录", "运行记录漏记两次巡检数据", "2"},
            new String[]{"洗眼", "洗眼器出水压力不足，防冻保温破损", "1"},
            new String[]{"紧急切断", "紧急切断阀气源压力偏低，未按期试动作", "4"},
            new String[]{"呼吸", "正压式空气呼吸器气瓶压力不足", "1"},
            new String[]{"防静电", "作业人员未穿戴防静电工作服", "1"},
            new String[]{"消防", "消防水炮转动卡涩，消防栓箱内水带缺失", "5"},
            new String[]{"灭火器", "灭火器压力表指针处于红区", "5"},
            new String[]{"处置方案", "现场处置方案未张贴，岗位人员不熟悉处置程序", "1"},
            new String[]{"作业", "动火作业票气体分析超时未复测", "1"});

    private final long seed;
    private final Shares shares;
    private final Instant simStart;
    private final Instant simEnd;

    public CheckPlanner(long seed, Shares shares, Instant simStart, Instant simEnd) {
        this.seed = seed;
        this.shares = shares;
        this.simStart = simStart;
        this.simEnd = simEnd;
    }

    /**
     * Plans cycles first seen at {@code seenAt} (simulated); {@code forShow}: the enterprise that inspects for show.
     * The result is in the order of the cycles given.
     */
    public List<PlannedCheck> plan(List<Cycle> cycles, boolean forShow, Instant seenAt) {
        if (!forShow) {
            return cycles.stream().map(c -> normal(c, seenAt)).toList();
        }
        Map<String, PlannedCheck> planned = new LinkedHashMap<>();
        Map<String, List<Cycle>> bursts = new LinkedHashMap<>();
        for (Cycle c : cycles) {
            if (c.windowEnd().isAfter(simEnd.minus(END_MARGIN)) || c.assigneePersonIds().isEmpty()) {
                planned.put(c.id(), new PlannedCheck(c, first(c), Outcome.NOT_YET, null, null, null, 0, false, false, false));
            } else {
                bursts.computeIfAbsent(first(c) + "|" + c.windowEnd(), k -> new ArrayList<>()).add(c);
            }
        }
        for (List<Cycle> burst : bursts.values()) {
            burst.sort(Comparator.comparing(Cycle::key).thenComparing(Cycle::id));
            Cycle firstCycle = burst.get(0);
            SplittableRandom random = random("burst|" + firstCycle.key());
            Duration shortest = burst.stream().map(Cycle::window).min(Comparator.naturalOrder()).orElseThrow();
            // start the burst in the last 4 % of the shortest window, at most 10 minutes before its end
            long tailSeconds = Math.max(30, Math.min(shortest.toSeconds() * 4 / 100, 600));
            Instant t = firstCycle.windowEnd().minusSeconds(tailSeconds);
            for (Cycle c : burst) {
                if (!t.isBefore(c.windowEnd())) {
                    t = c.windowEnd().minusSeconds(1);
                }
                planned.put(c.id(), new PlannedCheck(c, first(c), Outcome.FOR_SHOW, t, null, null,
                        CONTROL_ROOM_METERS + random.nextDouble(0, 100), false, true, true));
                t = t.plusSeconds(random.nextLong(6, 20));
            }
        }
        return cycles.stream().map(c -> planned.get(c.id())).toList();
    }

    private PlannedCheck normal(Cycle c, Instant seenAt) {
        SplittableRandom random = random(c.key());
        double fate = random.nextDouble();
        double hazardRoll = random.nextDouble();
        double majorRoll = random.nextDouble();
        double photoRoll = random.nextDouble();
        double place = random.nextDouble(0.15, 0.85);
        long lateMinutes = random.nextLong(5, LATEST_LATE.toMinutes() + 1);
        double meters = random.nextDouble(3, 60);
        String person = c.assigneePersonIds().isEmpty() ? null
                : c.assigneePersonIds().get(random.nextInt(c.assigneePersonIds().size()));
        Instant latestPlanned = simEnd.minus(END_MARGIN);
        Instant lower = max(max(c.windowStart(), simStart), seenAt);
        boolean outlives = c.windowEnd().isAfter(latestPlanned);
        Instant upper = outlives ? latestPlanned : c.windowEnd().minusSeconds(60);
        if (person == null) {
            return new PlannedCheck(c, null, outlives ? Outcome.NOT_YET : Outcome.MISSED, null, null, null, 0, false, false, false);
        }
        Outcome outcome;
        Instant when;
        if (outlives) {
            // a weekly or monthly window still open when the simulated days end: most get done in the days shown
            if (fate < 0.6 && lower.isBefore(upper)) {
                outcome = Outcome.ON_TIME;
                when = between(lower, upper, place);
            } else {
                return new PlannedCheck(c, person, Outcome.NOT_YET, null, null, null, 0, false, false, false);
            }
        } else if (fate < shares.missed()) {
            return new PlannedCheck(c, person, Outcome.MISSED, null, null, null, 0, false, false, false);
        } else if (fate < shares.missed() + shares.late() || !lower.isBefore(upper)) {
            outcome = Outcome.LATE;
            when = max(c.windowEnd(), lower).plus(Duration.ofMinutes(lateMinutes));
            if (when.isAfter(latestPlanned)) {
                return new PlannedCheck(c, person, Outcome.MISSED, null, null, null, 0, false, false, false);
            }
        } else {
            outcome = Outcome.ON_TIME;
            when = between(lower, upper, place);
        }
        if (outcome == Outcome.ON_TIME && hazardRoll < shares.hazard()) {
            String level = majorRoll < shares.majorHazard() ? "MAJOR" : "GENERAL";
            return new PlannedCheck(c, person, Outcome.HAZARD, when, level, finding(c.content()), meters, true, true, false);
        }
        return new PlannedCheck(c, person, outcome, when, null, null, meters, true, photoRoll < shares.photo(), false);
    }

    /** A finding a safety engineer would write for this inspection content: description and hazardDangerType. */
    static Finding finding(String content) {
        for (String[] f : FINDINGS) {
            if (content != null && content.contains(f[0])) {
                return new Finding(f[1], f[2]);
            }
        }
        String shortContent = content == null ? "" : content.length() > 40 ? content.substring(0, 40) + "…" : content;
        return new Finding("现场检查发现措施落实不到位：" + shortContent, "8");
    }

    /** A hazard as the inspector writes it: description and national hazardDangerType (1 safety … 8 other). */
    public record Finding(String description, String hazardType) {
    }

    /** A random source for one key: the seed mixed with a 64-bit FNV-1a hash of the key. */
    SplittableRandom random(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return new SplittableRandom(h ^ (seed * 0x9E3779B97F4A7C15L));
    }

    private static String first(Cycle c) {
        return c.assigneePersonIds().isEmpty() ? null : c.assigneePersonIds().get(0);
    }

    private static Instant between(Instant lower, Instant upper, double share) {
        long span = Duration.between(lower, upper).toSeconds();
        return lower.plusSeconds((long) (span * share));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
