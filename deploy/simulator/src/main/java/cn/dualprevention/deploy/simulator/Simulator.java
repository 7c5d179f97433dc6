package cn.dualprevention.deploy.simulator;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;

/**
 * 模拟运行 — plays plant life through the gateway until the simulated clock reaches the present: sets the
 * inspection tasks' schedules, speeds the clock up so the remaining days pass in {@code Settings.duration} of real
 * time, and meanwhile has every inspector work their inbox ({@link CheckPlanner}), the department heads and safety
 * managers remediate the hazards found ({@link HazardDesk}), one unit stop for maintenance for a day, and one
 * enterprise inspect "for show". Prints a line per simulated day and a summary; the clock is left at real speed.
 */
public final class Simulator {

    /**
     * @param seed            the choices' seed
     * @param duration        how long (real time) the simulated days take
     * @param adminLogin      the demo user of the dev issuer who reads the group (a GROUP_ADMIN)
     * @param forShowIndex    which enterprise (by company code, from 0; negative counts from the end) inspects for show
     * @param concurrency     calls in flight at most
     * @param pollEvery       how often (simulated) each inspector looks at the inbox
     * @param shares          the proportions of plant life
     * @param taskSettle      task lists unchanged this long count as complete (they come from events)
     * @param weekSettle      how long (real time) the clock runs at real speed just before a week ends (Monday 00:00),
     *                        so that the assessment has every record of the week when it scores it
     */
    /**
     * @param unitStopIn company code of the enterprise whose unit is stopped for maintenance when it has a suitable
     *                   unit (local mode: the enterprise connected to the sandbox hub, so the hub receives the stop);
     *                   null: the first enterprise by company code that has one
     */
    public record Settings(long seed, Duration duration, String adminLogin, int forShowIndex, int concurrency,
                           Duration pollEvery, Shares shares, Duration taskSettle, Duration weekSettle, String unitStopIn) {

        public static Settings defaults() {
            return new Settings(42, Duration.ofMinutes(4), "wang.fang", -1, 6, Duration.ofHours(8), Shares.defaults(),
                    Duration.ofSeconds(6), Duration.ofSeconds(20), null);
        }

        public Settings withUnitStopIn(String companyCode) {
            return new Settings(seed, duration, adminLogin, forShowIndex, concurrency, pollEvery, shares, taskSettle,
                    weekSettle, companyCode);
        }

        public Settings withSeed(long s) {
            return new Settings(s, duration, adminLogin, forShowIndex, concurrency, pollEvery, shares, taskSettle, weekSettle, unitStopIn);
        }

        public Settings withDuration(Duration d) {
            return new Settings(seed, d, adminLogin, forShowIndex, concurrency, pollEvery, shares, taskSettle, weekSettle, unitStopIn);
        }

        public Settings withConcurrency(int c) {
            return new Settings(seed, duration, adminLogin, forShowIndex, c, pollEvery, shares, taskSettle, weekSettle, unitStopIn);
        }
    }

    /** What the simulation did, and what the suite shows afterwards. */
    public record Summary(Instant simStart, Instant simEnd, BigDecimal speed, Tally.Snapshot totals, String forShowEnterpriseId,
                          String stoppedUnitId, Map<String, List<String>> warningKinds, double realSeconds) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final Api api;
    private final SimulatedTime clock;
    private final Settings settings;
    private final PrintStream out;
    private final Tally tally = new Tally();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    public Simulator(Api api, SimulatedTime clock, Settings settings, PrintStream out) {
        this.api = api;
        this.clock = clock;
        this.settings = settings;
        this.out = out;
    }

    public Summary run() {
        long realStart = System.nanoTime();
        try (Bounded bounded = new Bounded(settings.concurrency())) {
            Identity admin = api.demoUser(settings.adminLogin());
            GroupReader reader = new GroupReader(api, admin);
            Group group = reader.read();
            if (group.enterprises().isEmpty()) {
                out.println("  simulation    nothing to simulate: the group has no enterprise");
                return null;
            }
            ZoneId zone = ZoneId.of(group.enterprises().get(0).timeZone());
            Instant taskStart = clock.now().atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
            group = new TaskScheduling(api, admin, bounded, out, settings.taskSettle(), Duration.ofMinutes(3))
                    .scheduleAll(group, taskStart, reader);

            Instant simStart = clock.now();
            Instant realNow = clock.realNow();
            BigDecimal speed = SimulatedTime.speedToCatchUp(simStart, realNow, settings.duration());
            Instant simEnd = realNow.plus(settings.duration());
            clock.changeSpeed(speed);
            out.printf("  simulation    %s → %s at %s× (a simulated day every %.0f s), seed %d%n",
                    simStart.atZone(zone).toLocalDateTime().withNano(0), simEnd.atZone(zone).toLocalDateTime().withNano(0),
                    speed.stripTrailingZeros().toPlainString(),
                    86_400 / speed.doubleValue(), settings.seed());

            Group.Enterprise forShow = forShowEnterprise(group);
            out.println("  simulation    " + forShow.name() + " inspects \"for show\"");
            Day day = new Day(group, zone, simStart, simEnd, forShow, admin, bounded);
            day.loop(new Pace(speed, simEnd));

            clock.changeSpeed(BigDecimal.ONE);
            day.desk.work(clock.now(), bounded);
            Map<String, List<String>> warnings = scanWarnings(group, admin);
            Tally.Snapshot totals = tally.snapshot();
            Summary summary = new Summary(simStart, simEnd, speed, totals, forShow.id(), day.stoppedUnitId, warnings,
                    (System.nanoTime() - realStart) / 1e9);
            print(summary, group);
            return summary;
        }
    }

    /** The simulated days: inbox rounds, checks when their time comes, the hazard desk, the unit stop. */
    private final class Day {
        final Group group;
        final ZoneId zone;
        final Instant simStart;
        final Instant simEnd;
        final Group.Enterprise forShow;
        final Identity admin;
        final Bounded bounded;
        final CheckPlanner planner;
        final HazardDesk desk;
        final PriorityQueue<PlannedCheck> queue = new PriorityQueue<>(Comparator.comparing(Simulator::dueAt)
                .thenComparing(p -> p.cycle().id()));
        final Map<String, Group.Enterprise> enterprises = new HashMap<>();
        final Map<String, String> unitNames = new HashMap<>();
        String stoppedUnitId;
        boolean registerStopped;
        boolean registerResumed;
        final UnitStop unitStop;
        final Spacing spacing = new Spacing();

        Day(Group group, ZoneId zone, Instant simStart, Instant simEnd, Group.Enterprise forShow, Identity admin,
            Bounded bounded) {
            this.group = group;
            this.zone = zone;
            this.simStart = simStart;
            this.simEnd = simEnd;
            this.forShow = forShow;
            this.admin = admin;
            this.bounded = bounded;
            this.planner = new CheckPlanner(settings.seed(), settings.shares(), simStart, simEnd);
            this.desk = new HazardDesk(api, admin, tally, zone);
            group.enterprises().forEach(e -> {
                enterprises.put(e.id(), e);
                e.units().forEach(u -> unitNames.put(u.id(), u.name()));
            });
            this.unitStop = UnitStop.plan(group, forShow, zone, simStart, simEnd, settings.unitStopIn()).orElse(null);
        }

        void loop(Pace pace) {
            Instant nextPoll = simStart;
            Instant nextDesk = simStart;
            LocalDate today = simStart.atZone(zone).toLocalDate();
            Tally.Snapshot dayStart = tally.snapshot();
            int dayNo = 1;
            // every service re-reads the clock file within about a second; records wait for that
            long submitFrom = System.nanoTime() + 1_200_000_000L;
            Instant weekEnd = nextMonday(simStart);
            while (true) {
                Instant now = clock.now();
                if (!now.isBefore(weekEnd.minus(Duration.ofMinutes(20))) && weekEnd.isBefore(simEnd)) {
                    settleBeforeWeekEnds(pace);
                    weekEnd = nextMonday(weekEnd.plusSeconds(1));
                    continue;
                }
                boolean last = clock.anchor().caughtUp(clock.realNow());
                if (!now.isBefore(nextPoll) && !last) {
                    pollInboxes(now);
                    nextPoll = now.plus(settings.pollEvery());
                }
                if (unitStop != null && stoppedUnitId == null && !now.isBefore(unitStop.announceAt())) {
                    stopUnit();
                }
                if (unitStop != null && !registerStopped && !now.isBefore(unitStop.start())) {
                    registerStopped = true;
                    registerStop("stop");
                }
                if (unitStop != null && registerStopped && !registerResumed && !now.isBefore(unitStop.end())) {
                    registerResumed = true;
                    registerStop("resume");
                }
                if (System.nanoTime() >= submitFrom || last) {
                    submitDue(now);
                }
                if (!now.isBefore(nextDesk)) {
                    desk.work(now, bounded);
                    nextDesk = now.plus(Duration.ofHours(2));
                }
                LocalDate date = now.atZone(zone).toLocalDate();
                if (!date.equals(today) || last) {
                    Tally.Snapshot snap = tally.snapshot();
                    printDay(dayNo++, today, snap.minus(dayStart), last && date.equals(today));
                    dayStart = snap;
                    today = date;
                }
                if (last) {
                    if (pace.slowedDown > 0) {
                        out.printf("  simulation    the suite was slower than the clock: slowed down %d time(s) so that"
                                + " records keep to their windows%n", pace.slowedDown);
                    }
                    return;
                }
                pace.adjust(lag(now));
                sleepReal(200);
            }
        }

        /** How far behind the clock the work is: this round's simulated duration, or the oldest record still due. */
        Duration lag(Instant roundStart) {
            Instant now = clock.now();
            Duration lag = Duration.between(roundStart, now);
            synchronized (queue) {
                PlannedCheck head = queue.peek();
                if (head != null && dueAt(head).isBefore(now)) {
                    Duration behind = Duration.between(dueAt(head), now);
                    lag = behind.compareTo(lag) > 0 ? behind : lag;
                }
            }
            return lag;
        }

        /**
         * Just before a week ends the clock runs at real speed for a while: the records due are sent and the assessment
         * projects them before its Monday job scores the week. Then the pace goes on.
         */
        void settleBeforeWeekEnds(Pace pace) {
            BigDecimal speed = pace.speed;
            clock.changeSpeed(BigDecimal.ONE);
            long until = System.nanoTime() + settings.weekSettle().toNanos();
            do {
                submitDue(clock.now());
                sleepReal(200);
            } while (System.nanoTime() < until);
            desk.work(clock.now(), bounded);
            clock.changeSpeed(speed);
        }

        Instant nextMonday(Instant after) {
            java.time.ZonedDateTime t = after.atZone(zone).toLocalDate()
                    .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY)).atStartOfDay(zone);
            return t.toInstant();
        }

        void pollInboxes(Instant now) {
            List<Callable<List<PlannedCheck>>> jobs = new ArrayList<>();
            for (Group.Enterprise e : group.enterprises()) {
                boolean show = e.id().equals(forShow.id());
                for (Group.Person p : e.inspectors()) {
                    Identity inspector = Identity.of(p.id(), group.groupId(), e.id(), p.name(), "INSPECTOR");
                    jobs.add(() -> {
                        Api.Reply inbox = api.get("/api/v1/me/inbox", inspector);
                        if (!inbox.ok()) {
                            return List.of();
                        }
                        List<Cycle> fresh = new ArrayList<>();
                        for (String part : List.of("overdue", "dueNow", "upcoming")) {
                            for (JsonNode c : inbox.json().path(part)) {
                                if (seen.add(c.path("id").asString())) {
                                    fresh.add(cycle(e, c));
                                }
                            }
                        }
                        return planner.plan(fresh, show, now);
                    });
                }
            }
            List<List<PlannedCheck>> plans = bounded.runAll(jobs);
            synchronized (queue) {
                plans.forEach(list -> list.forEach(p -> queue.add(p.outcome() == Outcome.FOR_SHOW ? p : spacing.space(p))));
            }
        }

        Cycle cycle(Group.Enterprise e, JsonNode c) {
            List<String> assignees = new ArrayList<>();
            c.path("assigneePersonIds").forEach(n -> assignees.add(n.asString()));
            Instant start = Instant.parse(c.path("windowStart").asString());
            String unitId = c.path("unitId").asString(null);
            String key = e.companyCode() + "|" + unitNames.getOrDefault(unitId, "") + "|"
                    + c.path("troubleshootContent").asString("") + "|" + start;
            return new Cycle(c.path("id").asString(), key, e.id(), c.path("taskId").asString(null), unitId,
                    c.path("troubleshootContent").asString(""), c.path("workType").asString("ROUTINE"), start,
                    Instant.parse(c.path("windowEnd").asString()), assignees);
        }

        void submitDue(Instant now) {
            List<PlannedCheck> due = new ArrayList<>();
            int chunk = settings.concurrency() * 4;
            synchronized (queue) {
                while (!queue.isEmpty() && !dueAt(queue.peek()).isAfter(now) && due.size() < chunk) {
                    due.add(queue.poll());
                }
            }
            List<Callable<Void>> jobs = new ArrayList<>();
            for (PlannedCheck check : due) {
                if (check.outcome() == Outcome.MISSED) {
                    (stopped(check.cycle()) ? tally.suspended : tally.missed).incrementAndGet();
                } else if (check.submits()) {
                    jobs.add(() -> {
                        submit(check);
                        return null;
                    });
                }
            }
            bounded.runAll(jobs);
        }

        /** Whether the cycle's window overlaps the unit stop (then it is suspended, neither done nor missed). */
        boolean stopped(Cycle c) {
            return unitStop != null && stoppedUnitId != null && unitStop.unit().id().equals(c.unitId())
                    && c.windowStart().isBefore(unitStop.end()) && c.windowEnd().isAfter(unitStop.start());
        }

        void submit(PlannedCheck check) {
            Group.Enterprise e = enterprises.get(check.cycle().enterpriseId());
            Group.Person person = e.peopleById().get(check.personId());
            Identity inspector = Identity.of(check.personId(), group.groupId(), e.id(),
                    person == null ? null : person.name(), "INSPECTOR");
            Group.Unit unit = check.cycle().unitId() == null ? null : e.unitsById().get(check.cycle().unitId());
            Api.Reply reply = api.post("/api/v1/inspection-records", RecordBody.of(check, unit, settings.seed()), inspector);
            if (reply.ok()) {
                if (reply.status() == 201) {
                    tally.submitted.incrementAndGet();
                    if (reply.json().path("late").asBoolean(false)) {
                        tally.late.incrementAndGet();
                    }
                    if (check.outcome() == Outcome.FOR_SHOW) {
                        tally.forShow.incrementAndGet();
                    }
                    if (check.outcome() == Outcome.HAZARD) {
                        tally.hazardsFound.incrementAndGet();
                        expectHazard(check, e, unit, reply.json().path("recordId").asString());
                    }
                }
            } else if ("cycle-suspended".equals(reply.rule())) {
                tally.suspended.incrementAndGet();
            } else {
                tally.refused.incrementAndGet();
                if (tally.refused.get() <= 5) {
                    out.println("    record refused: " + reply.status() + " " + reply.json());
                }
            }
        }

        void expectHazard(PlannedCheck check, Group.Enterprise e, Group.Unit unit, String recordId) {
            SplittableRandom random = planner.random("hazard|" + check.cycle().key());
            HazardDesk.Fate fate = HazardDesk.fate(random.nextDouble(), check.hazardLevel(), settings.shares());
            Group.Person head = unit == null || unit.responsiblePersonId() == null ? null
                    : e.peopleById().get(unit.responsiblePersonId());
            if (head == null) {
                head = e.people().get(0);
            }
            final String headId = head.id();
            Group.Person manager = e.holderOfPostNamed("安全总监").filter(p -> !p.id().equals(headId))
                    .or(() -> e.people().stream().filter(p -> !p.id().equals(headId)).findFirst()).orElse(head);
            desk.expect(new HazardDesk.Plan(recordId, e.id(), fate, check.hazardLevel(),
                    Identity.of(head.id(), group.groupId(), e.id(), head.name(), "DEPARTMENT_HEAD"),
                    Identity.of(manager.id(), group.groupId(), e.id(), manager.name(), "SAFETY_MANAGER")));
        }

        void stopUnit() {
            Group.Enterprise e = unitStop.enterprise();
            Group.Person manager = e.holderOfPostNamed("安全总监").orElse(e.people().get(0));
            Identity safety = Identity.of(manager.id(), group.groupId(), e.id(), manager.name(), "SAFETY_MANAGER");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("unitId", unitStop.unit().id());
            body.put("start", unitStop.start().toString());
            body.put("end", unitStop.end().toString());
            body.put("reason", "停车检修：" + unitStop.unit().name() + "年度检维修，装置倒空置换后交出检修");
            Api.Reply reply = api.post("/api/v1/unit-stops", body, safety);
            stoppedUnitId = unitStop.unit().id();
            if (reply.ok()) {
                tally.unitStops.incrementAndGet();
                out.printf("    unit stop    %s (%s) stopped for maintenance %s → %s%n", unitStop.unit().name(), e.name(),
                        unitStop.start().atZone(zone).toLocalDateTime(), unitStop.end().atZone(zone).toLocalDateTime());
            } else {
                out.println("    unit stop refused: " + reply.status() + " " + reply.json());
            }
        }

        /**
         * 停用检修 in the risk register when the maintenance starts and ends (risk-service: the unit's state, which
         * the regulator receives as a {@code unitStop} record); the planned stop above suspends the checks.
         */
        void registerStop(String action) {
            Group.Enterprise e = unitStop.enterprise();
            Group.Person manager = e.holderOfPostNamed("安全总监").orElse(e.people().get(0));
            Identity safety = Identity.of(manager.id(), group.groupId(), e.id(), manager.name(), "SAFETY_MANAGER");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("reason", "stop".equals(action) ? "年度检维修，装置倒空置换后交出检修" : "检修完成，验收合格后恢复运行");
            Api.Reply reply = api.post("/api/v1/risk-units/" + unitStop.unit().id() + "/" + action, body, safety);
            if (!reply.ok()) {
                out.println("    unit " + action + " in the register refused: " + reply.status() + " " + reply.json());
            }
        }

        void printDay(int n, LocalDate date, Tally.Snapshot d, boolean partial) {
            out.printf("  day %d %-10s %s%4d records (%d late, %d for show), %d missed, %d hazards found, %d remediated"
                            + "%s%n", n, DAY.format(date), partial ? "(so far) " : "", d.submitted(), d.late(), d.forShow(),
                    d.missed(), d.hazardsFound(), d.hazardsRemediated(),
                    d.suspended() > 0 ? ", " + d.suspended() + " suspended (unit stopped)" : "");
        }
    }

    /**
     * Keeps the simulated clock at a pace the suite can follow: when one round of work (inbox rounds, records due,
     * hazard steps) took more than {@link #MAX_LAG} of simulated time, the clock slows down (records would otherwise
     * reach inspection-service after their windows had been marked missed); when the work keeps up, it speeds up
     * again towards the speed that still ends at the planned moment.
     */
    private final class Pace {
        static final Duration MAX_LAG = Duration.ofMinutes(45);
        static final Duration EASY = Duration.ofMinutes(15);
        BigDecimal speed;
        final Instant plannedEnd;
        int slowedDown;

        Pace(BigDecimal speed, Instant plannedEnd) {
            this.speed = speed;
            this.plannedEnd = plannedEnd;
        }

        /** {@code roundTook}: how far behind the clock the work is. */
        void adjust(Duration roundTook) {
            BigDecimal next = speed;
            if (roundTook.compareTo(MAX_LAG) > 0) {
                // slow down in proportion to how far behind the work is (to 60 % at least)
                double factor = Math.max(0.1, Math.min(0.6, (double) MAX_LAG.toSeconds() / roundTook.toSeconds()));
                next = speed.multiply(BigDecimal.valueOf(factor)).max(BigDecimal.ONE);
                slowedDown++;
            } else if (roundTook.compareTo(EASY) < 0) {
                Instant real = clock.realNow();
                Duration left = Duration.between(real, plannedEnd);
                BigDecimal wanted = SimulatedTime.speedToCatchUp(clock.now(), real,
                        left.compareTo(Duration.ofSeconds(20)) < 0 ? Duration.ofSeconds(20) : left);
                if (wanted.compareTo(speed) > 0) {
                    next = wanted.min(speed.multiply(new BigDecimal("1.3")));
                }
            }
            next = next.setScale(3, java.math.RoundingMode.HALF_UP);
            if (next.subtract(speed).abs().compareTo(speed.multiply(new BigDecimal("0.05"))) > 0) {
                clock.changeSpeed(next);
                speed = next;
            }
        }
    }

    /**
     * A unit stopped for maintenance for a day (from the first 08:00 a day after the start): the first
     * hourly-checked unit of the first enterprise that does not inspect for show.
     */
    record UnitStop(Group.Enterprise enterprise, Group.Unit unit, Instant start, Instant end, Instant announceAt) {

        static Optional<UnitStop> plan(Group group, Group.Enterprise forShow, ZoneId zone, Instant simStart, Instant simEnd,
                                       String preferredCompanyCode) {
            // the first 08:00 a day or more after the start
            java.time.ZonedDateTime dayAfter = simStart.plus(Duration.ofDays(1)).atZone(zone);
            LocalDate day = dayAfter.toLocalTime().isAfter(LocalTime.of(8, 0)) ? dayAfter.toLocalDate().plusDays(1)
                    : dayAfter.toLocalDate();
            Instant start = day.atTime(LocalTime.of(8, 0)).atZone(zone).toInstant();
            Instant end = start.plus(Duration.ofDays(1));
            if (end.isAfter(simEnd)) {
                return Optional.empty();
            }
            List<Group.Enterprise> candidates = new ArrayList<>(group.enterprises());
            candidates.sort(Comparator.comparing((Group.Enterprise e) -> !java.util.Objects.equals(e.companyCode(), preferredCompanyCode)));
            for (Group.Enterprise e : candidates) {
                if (e.id().equals(forShow.id())) {
                    continue;
                }
                Optional<Group.Unit> unit = e.tasks().stream().filter(t -> "HOUR".equals(t.cycleUnit()) && t.unitId() != null)
                        .map(t -> e.unitsById().get(t.unitId())).filter(java.util.Objects::nonNull)
                        .min(Comparator.comparing(Group.Unit::name));
                if (unit.isPresent()) {
                    return Optional.of(new UnitStop(e, unit.get(), start, end, start.minus(Duration.ofHours(2))));
                }
            }
            return Optional.empty();
        }
    }

    private Group.Enterprise forShowEnterprise(Group group) {
        int n = group.enterprises().size();
        int index = settings.forShowIndex() < 0 ? n + settings.forShowIndex() : settings.forShowIndex();
        return group.enterprises().get(Math.floorMod(index, n));
    }

    private Map<String, List<String>> scanWarnings(Group group, Identity admin) {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        for (Group.Enterprise e : group.enterprises()) {
            api.post("/api/v1/warnings/scans?enterpriseId=" + GroupReader.q(e.id()), null, admin);
            Api.Reply warnings = api.get("/api/v1/warnings?state=active&enterpriseId=" + GroupReader.q(e.id()), admin);
            List<String> list = new ArrayList<>();
            if (warnings.ok()) {
                warnings.json().forEach(w -> list.add(w.path("kind").asString()));
            }
            kinds.put(e.id(), list.stream().distinct().sorted().toList());
            LocalDate today = clock.now().atZone(ZoneId.of(e.timeZone())).toLocalDate();
            Api.Reply scores = api.get("/api/v1/scores?enterpriseId=" + GroupReader.q(e.id()) + "&from="
                    + today.minusDays(14) + "&to=" + today.plusDays(1), admin);
            if (scores.ok() && scores.json().isArray() && !scores.json().isEmpty()) {
                JsonNode last = scores.json().get(scores.json().size() - 1).path("score");
                kinds.put(e.id() + ":score", List.of("week of " + last.path("weekStart").asString() + " "
                        + last.path("e").asString() + " " + last.path("grade").asString()));
            }
        }
        return kinds;
    }

    private void print(Summary s, Group group) {
        Tally.Snapshot t = s.totals();
        out.printf("  simulated     %d records submitted (%d late, %d for show), %d cycles missed, %d suspended by the"
                        + " unit stop, %d refused%n", t.submitted(), t.late(), t.forShow(), t.missed(), t.suspended(), t.refused());
        out.printf("                hazards: %d found, %d registered, %d remediated and accepted, %d left to run overdue;"
                + " %d unit stop(s)%n", t.hazardsFound(), t.hazardsRegistered(), t.hazardsRemediated(), t.hazardsLeftOverdue(),
                t.unitStops());
        for (Group.Enterprise e : group.enterprises()) {
            out.printf("                %-24s score %s, warnings: %s%s%n", e.name(),
                    String.join("", s.warningKinds().getOrDefault(e.id() + ":score", List.of("–"))),
                    s.warningKinds().getOrDefault(e.id(), List.of()),
                    e.id().equals(s.forShowEnterpriseId()) ? "   (inspects for show)" : "");
        }
        out.printf("  simulation    done in %.0f s; the suite runs on real time again%n", s.realSeconds());
    }

    static Instant dueAt(PlannedCheck p) {
        if (p.checkTime() != null) {
            return p.checkTime();
        }
        return p.cycle().windowEnd();
    }

    private static void sleepReal(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Api.ApiException("interrupted");
        }
    }
}
