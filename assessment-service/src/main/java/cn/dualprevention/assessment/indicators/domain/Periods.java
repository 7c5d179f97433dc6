package cn.dualprevention.assessment.indicators.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Calendar periods (day, week from Monday, month, year) in an enterprise's time zone. */
public final class Periods {

    public enum Unit { DAY, WEEK, MONTH, YEAR }

    /** [start, end) of a period. */
    public record Interval(LocalDate startDate, LocalDate endDate, Instant start, Instant end) {
    }

    private Periods() {
    }

    public static Interval interval(LocalDate from, LocalDate to, ZoneId zone) {
        return new Interval(from, to, from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant());
    }

    /** The calendar period of {@code unit} that contains {@code day}. */
    public static Interval containing(LocalDate day, Unit unit, ZoneId zone) {
        LocalDate start = start(day, unit);
        return interval(start, next(start, unit), zone);
    }

    /** The period just before {@code period} (same unit). */
    public static Interval previous(Interval period, Unit unit, ZoneId zone) {
        LocalDate start = start(period.startDate().minusDays(1), unit);
        return interval(start, period.startDate(), zone);
    }

    /** [from, to) cut at the calendar boundaries of {@code unit}. */
    public static List<Interval> buckets(LocalDate from, LocalDate to, Unit unit, ZoneId zone) {
        List<Interval> result = new ArrayList<>();
        LocalDate start = from;
        while (start.isBefore(to)) {
            LocalDate end = next(start(start, unit), unit);
            if (end.isAfter(to)) {
                end = to;
            }
            result.add(interval(start, end, zone));
            start = end;
        }
        return result;
    }

    private static LocalDate start(LocalDate day, Unit unit) {
        return switch (unit) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    private static LocalDate next(LocalDate start, Unit unit) {
        return switch (unit) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
        };
    }
}
