package cn.dualprevention.inspection.cycle.domain;

import cn.dualprevention.inspection.task.domain.CycleUnit;
import cn.dualprevention.inspection.task.domain.TaskSchedule;
import cn.dualprevention.inspection.task.domain.WorkDayType;
import cn.dualprevention.inspection.task.domain.WorkType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CycleGeneratorTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final HolidayCalendar CN_2026 = load();
    final CycleGenerator generator = new CycleGenerator(new CycleCalendar(SHANGHAI, CN_2026));

    static HolidayCalendar load() {
        try (InputStream in = CycleGeneratorTest.class.getResourceAsStream("/holidays/CN-2026.csv")) {
            return HolidayCalendar.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static TaskSchedule schedule(int cycle, CycleUnit unit, String start, String open, String close, WorkDayType days) {
        return TaskSchedule.of(cycle, unit, at(start), open == null ? null : LocalTime.parse(open),
                close == null ? null : LocalTime.parse(close), days, WorkType.ROUTINE, null, "post-1", null);
    }

    @Test
    void hourlyChecksStayInsideTheDailyWindowAndTheLastOneIsCutAtItsEnd() {
        TaskSchedule every3h = schedule(3, CycleUnit.HOUR, "2026-03-02T00:00", "08:00", "12:00", WorkDayType.EVERY_DAY);
        List<CycleWindow> windows = generator.windows(every3h, at("2026-03-02T00:00"), at("2026-03-03T00:00"));
        assertThat(windows).containsExactly(
                new CycleWindow(at("2026-03-02T08:00"), at("2026-03-02T11:00")),
                new CycleWindow(at("2026-03-02T11:00"), at("2026-03-02T12:00")));
    }

    @Test
    void anHourlyWindowEndingBeforeItStartsRunsPastMidnight() {
        TaskSchedule nightShift = schedule(4, CycleUnit.HOUR, "2026-03-02T00:00", "20:00", "04:00", WorkDayType.EVERY_DAY);
        List<CycleWindow> windows = generator.windows(nightShift, at("2026-03-02T00:00"), at("2026-03-03T12:00"));
        assertThat(windows).containsExactly(
                new CycleWindow(at("2026-03-02T20:00"), at("2026-03-03T00:00")),
                new CycleWindow(at("2026-03-03T00:00"), at("2026-03-03T04:00")));
    }

    @Test
    void workingDayTasksSkipNationalDayAndRunOnTheAdjustedSaturday() {
        TaskSchedule daily = schedule(1, CycleUnit.DAY, "2026-09-01T00:00", null, null, WorkDayType.WORKING_DAYS);
        List<LocalDate> days = generator.windows(daily, at("2026-09-28T00:00"), at("2026-10-12T00:00")).stream()
                .map(w -> w.start().atZone(SHANGHAI).toLocalDate()).toList();
        assertThat(days).extracting(LocalDate::toString).containsExactly("2026-09-28", "2026-09-29", "2026-09-30",
                "2026-10-08", "2026-10-09", "2026-10-10");
    }

    @Test
    void hourlyWorkingDayTasksSkipTheSpringFestivalButNotTheAdjustedSaturday() {
        TaskSchedule hourly = schedule(2, CycleUnit.HOUR, "2026-02-01T00:00", "08:00", "12:00", WorkDayType.WORKING_DAYS);
        assertThat(generator.windows(hourly, at("2026-02-14T00:00"), at("2026-02-15T00:00"))).hasSize(2);
        assertThat(generator.windows(hourly, at("2026-02-15T00:00"), at("2026-02-24T00:00"))).isEmpty();
    }

    @Test
    void nonWorkingDayTasksRunOnHolidaysAndWeekendsOnly() {
        TaskSchedule weekend = schedule(1, CycleUnit.DAY, "2026-02-01T00:00", "09:00", "17:00", WorkDayType.NON_WORKING_DAYS);
        List<String> days = generator.windows(weekend, at("2026-02-09T00:00"), at("2026-02-17T00:00")).stream()
                .map(w -> w.start().atZone(SHANGHAI).toLocalDateTime().toString()).toList();
        assertThat(days).containsExactly("2026-02-15T09:00", "2026-02-16T09:00");
    }

    @Test
    void everyTwoDaysCountsFromTheTaskStart() {
        TaskSchedule twoDays = schedule(2, CycleUnit.DAY, "2026-03-01T00:00", null, null, WorkDayType.EVERY_DAY);
        List<CycleWindow> windows = generator.windows(twoDays, at("2026-03-10T00:00"), at("2026-03-14T00:00"));
        assertThat(windows).containsExactly(
                new CycleWindow(at("2026-03-11T00:00"), at("2026-03-13T00:00")),
                new CycleWindow(at("2026-03-13T00:00"), at("2026-03-15T00:00")));
    }

    @Test
    void weeksRunMondayToMondayAndTheFirstStartsAtTheTaskStart() {
        TaskSchedule weekly = schedule(1, CycleUnit.WEEK, "2026-03-04T10:00", null, null, WorkDayType.EVERY_DAY);
        List<CycleWindow> windows = generator.windows(weekly, at("2026-03-01T00:00"), at("2026-04-01T00:00"));
        assertThat(windows).hasSize(5);
        assertThat(windows.get(0)).isEqualTo(new CycleWindow(at("2026-03-04T10:00"), at("2026-03-09T00:00")));
        assertThat(windows.get(4)).isEqualTo(new CycleWindow(at("2026-03-30T00:00"), at("2026-04-06T00:00")));
    }

    @Test
    void monthsQuartersAndYearsFollowTheCalendar() {
        TaskSchedule monthly = schedule(1, CycleUnit.MONTH, "2026-01-15T00:00", null, null, WorkDayType.EVERY_DAY);
        List<CycleWindow> months = generator.windows(monthly, at("2026-01-01T00:00"), at("2027-01-01T00:00"));
        assertThat(months).hasSize(12);
        assertThat(months.get(1)).isEqualTo(new CycleWindow(at("2026-02-01T00:00"), at("2026-03-01T00:00")));

        TaskSchedule quarterly = schedule(1, CycleUnit.QUARTER, "2026-02-10T00:00", null, null, WorkDayType.EVERY_DAY);
        assertThat(generator.windows(quarterly, at("2026-01-01T00:00"), at("2027-01-01T00:00"))).containsExactly(
                new CycleWindow(at("2026-02-10T00:00"), at("2026-04-01T00:00")),
                new CycleWindow(at("2026-04-01T00:00"), at("2026-07-01T00:00")),
                new CycleWindow(at("2026-07-01T00:00"), at("2026-10-01T00:00")),
                new CycleWindow(at("2026-10-01T00:00"), at("2027-01-01T00:00")));

        TaskSchedule yearly = schedule(1, CycleUnit.YEAR, "2026-06-01T00:00", null, null, WorkDayType.EVERY_DAY);
        assertThat(generator.windows(yearly, at("2026-01-01T00:00"), at("2028-01-01T00:00"))).containsExactly(
                new CycleWindow(at("2026-06-01T00:00"), at("2027-01-01T00:00")),
                new CycleWindow(at("2027-01-01T00:00"), at("2028-01-01T00:00")));
    }

    @Test
    void generatingThePeriodAgainGivesTheSameWindows() {
        TaskSchedule hourly = schedule(1, CycleUnit.HOUR, "2026-05-01T00:00", "00:00", "23:00", WorkDayType.EVERY_DAY);
        assertThat(generator.windows(hourly, at("2026-05-06T00:00"), at("2026-05-13T00:00")))
                .hasSize(7 * 23)
                .isEqualTo(generator.windows(hourly, at("2026-05-06T00:00"), at("2026-05-13T00:00")));
    }
}
