package cn.dualprevention.inspection.cycle.infrastructure;

import cn.dualprevention.inspection.cycle.domain.CycleCalendar;
import cn.dualprevention.inspection.cycle.domain.CycleGenerator;
import cn.dualprevention.inspection.cycle.domain.HolidayCalendar;
import cn.dualprevention.inspection.riskmodel.domain.Person;
import cn.dualprevention.inspection.riskmodel.domain.RiskModel;
import cn.dualprevention.inspection.riskmodel.domain.UnitSite;
import cn.dualprevention.inspection.task.domain.ControlMeasure;
import cn.dualprevention.inspection.task.domain.CycleUnit;
import cn.dualprevention.inspection.task.domain.InspectionTask;
import cn.dualprevention.inspection.task.domain.TaskSchedule;
import cn.dualprevention.inspection.task.domain.WorkDayType;
import cn.dualprevention.inspection.task.domain.WorkType;
import cn.dualprevention.platform.ids.Ids;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A group-wide installation whose day holds (at least) {@code cycles} cycles: 200 enterprises, 20 units each, tasks
 * of mixed schedules — hourly day-shift rounds 08:00–20:00, two-hourly night-shift rounds 20:00–08:00 (past
 * midnight), daily checks on every / working days, weekly 包保 duties and monthly checks — assigned to posts (three
 * holders each) or named people. The day is Monday 1 June 2026 (Asia/Shanghai): weekly and monthly windows start on
 * it too. Tasks are added until the day's windows reach the target, so the count is exact up to the last task.
 */
final class BenchmarkPlant {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    static final Instant FROM = DAY.atStartOfDay(SHANGHAI).toInstant();
    static final Instant TO = DAY.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
    private static final int ENTERPRISES = 200;
    private static final int UNITS_PER_ENTERPRISE = 20;

    final HolidayCalendar holidays = holidays();
    final List<InspectionTask> tasks = new ArrayList<>();
    final long expectedCycles;

    BenchmarkPlant(long cycles) {
        CycleGenerator generator = new CycleGenerator(new CycleCalendar(SHANGHAI, holidays));
        Instant taskStart = DAY.minusDays(45).atStartOfDay(SHANGHAI).toInstant();
        long total = 0;
        for (int i = 0; total < cycles; i++) {
            String enterprise = "ent-" + (i % ENTERPRISES);
            InspectionTask task = InspectionTask.define(Ids.newId(), new ControlMeasure("m-" + i, "group-bench",
                    enterprise, "ev-" + i, enterprise + "-unit-" + (i / ENTERPRISES) % UNITS_PER_ENTERPRISE,
                    "INSPECTION", "检查储罐液位计读数、联锁投用状态与现场有无泄漏 #" + i, "post-patrol", 1, false), taskStart, "bench")
                    .schedule(schedule(i, taskStart), taskStart, "bench");
            tasks.add(task);
            total += generator.windows(task.schedule(), FROM, TO).size();
        }
        expectedCycles = total;
    }

    private static TaskSchedule schedule(int i, Instant start) {
        WorkDayType days = i % 7 == 0 ? WorkDayType.WORKING_DAYS : WorkDayType.EVERY_DAY;
        return switch (i % 10) {
            case 0, 1, 2, 3, 4 -> TaskSchedule.of(1, CycleUnit.HOUR, start, LocalTime.of(8, 0), LocalTime.of(20, 0), days,
                    WorkType.ROUTINE, null, "post-patrol", null);
            case 5, 6 -> TaskSchedule.of(2, CycleUnit.HOUR, start, LocalTime.of(20, 0), LocalTime.of(8, 0), days,
                    WorkType.ROUTINE, null, "post-night", null);
            case 7 -> TaskSchedule.of(1, CycleUnit.DAY, start, null, null, days, WorkType.ROUTINE, null, "post-patrol", null);
            case 8 -> TaskSchedule.of(1, CycleUnit.WEEK, start, null, null, days, WorkType.OPERATIONAL, 1 + i % 10, null,
                    "person-op-" + i % 1000);
            default -> TaskSchedule.of(1, CycleUnit.MONTH, start, null, null, days, WorkType.TECHNICAL, 1 + i % 9, null,
                    "person-tech-" + i % 1000);
        };
    }

    /** Post holders and time zones as the people / enterprise replicas would give them. */
    RiskModel riskModel() {
        Map<String, List<String>> holders = new HashMap<>();
        holders.put("post-patrol", List.of("p-1", "p-2", "p-3"));
        holders.put("post-night", List.of("p-4", "p-5", "p-6"));
        return new RiskModel() {
            @Override
            public Optional<UnitSite> unit(String unitId) {
                return Optional.empty();
            }

            @Override
            public Optional<Person> person(String personId) {
                return Optional.empty();
            }

            @Override
            public Map<String, List<String>> postHolders(String enterpriseId) {
                return holders;
            }

            @Override
            public ZoneId timeZone(String enterpriseId) {
                return SHANGHAI;
            }
        };
    }

    private static HolidayCalendar holidays() {
        try (InputStream in = BenchmarkPlant.class.getResourceAsStream("/holidays/CN-2026.csv")) {
            return HolidayCalendar.weekendsOnly().with(
                    HolidayCalendar.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
