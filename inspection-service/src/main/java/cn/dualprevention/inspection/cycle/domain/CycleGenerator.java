package cn.dualprevention.inspection.cycle.domain;

import cn.dualprevention.inspection.task.domain.TaskSchedule;
import cn.dualprevention.inspection.task.domain.WorkDayType;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * 排查周期生成 — the exact cycle windows of a task's schedule that start in a period, in the enterprise's calendar.
 * <ul>
 * <li>HOUR: every {@code cycle} hours inside the daily window (workStartTime–workEndTime; an end before the start runs
 * past midnight), on the days the work-day type counts; the last window of a day is cut at workEndTime.</li>
 * <li>DAY: {@code cycle} counted days (counted by the work-day type, from the task start's day) per window, from the
 * first day's start (or workStartTime) to the end of the last day (or its workEndTime).</li>
 * <li>WEEK (Monday to Monday), MONTH, QUARTER (January, April, July, October), YEAR: calendar periods, {@code cycle}
 * of them per window, counted from the period holding the task start; the work-day type does not apply.</li>
 * </ul>
 * A window is never earlier than the task start: the first one starts at the task start when that falls inside it.
 * Windows are a pure function of the schedule, so generating the same period again yields the same windows.
 */
public final class CycleGenerator {

    private final CycleCalendar calendar;

    public CycleGenerator(CycleCalendar calendar) {
        this.calendar = calendar;
    }

    /** The windows of {@code schedule} whose start lies in [from, to). */
    public List<CycleWindow> windows(TaskSchedule schedule, Instant from, Instant to) {
        List<CycleWindow> result = new ArrayList<>();
        if (!from.isBefore(to)) {
            return result;
        }
        switch (schedule.cycleUnit()) {
            case HOUR -> hourly(schedule, from, to, result);
            case DAY -> daily(schedule, from, to, result);
            case WEEK -> periods(schedule, from, to, result, ChronoUnit.WEEKS, 1);
            case MONTH -> periods(schedule, from, to, result, ChronoUnit.MONTHS, 1);
            case QUARTER -> periods(schedule, from, to, result, ChronoUnit.MONTHS, 3);
            case YEAR -> periods(schedule, from, to, result, ChronoUnit.MONTHS, 12);
        }
        return result;
    }

    private void hourly(TaskSchedule s, Instant from, Instant to, List<CycleWindow> out) {
        LocalDate first = max(day(from).minusDays(1), day(s.taskStartTime()));
        LocalDate last = day(to);
        LocalTime open = s.workStartTime();
        LocalTime close = s.workEndTime();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (!calendar.counts(d, s.workDayType())) {
                continue;
            }
            ZonedDateTime start = d.atTime(open).atZone(calendar.zone());
            ZonedDateTime end = (close.isAfter(open) ? d : d.plusDays(1)).atTime(close).atZone(calendar.zone());
            for (ZonedDateTime t = start; t.isBefore(end); ) {
                ZonedDateTime next = t.plusHours(s.cycle());
                ZonedDateTime windowEnd = next.isAfter(end) ? end : next;
                add(s, t.toInstant(), windowEnd.toInstant(), from, to, out);
                t = next;
            }
        }
    }

    private void daily(TaskSchedule s, Instant from, Instant to, List<CycleWindow> out) {
        LocalDate startDay = day(s.taskStartTime());
        LocalDate last = day(to);
        WorkDayType type = s.workDayType();
        int cycle = s.cycle();
        LocalDate d = startDay;
        long counted = 0;
        if (cycle == 1 || type == WorkDayType.EVERY_DAY) {
            // jump close to the period without counting day by day
            LocalDate near = day(from).minusDays(cycle + 1L);
            if (near.isAfter(d)) {
                long skipped = ChronoUnit.DAYS.between(d, near);
                skipped -= skipped % cycle;
                if (type == WorkDayType.EVERY_DAY) {
                    d = d.plusDays(skipped);
                } else {
                    d = near;
                }
            }
        }
        LocalDate groupFirst = null;
        for (; !d.isAfter(last); d = d.plusDays(1)) {
            if (!calendar.counts(d, type)) {
                continue;
            }
            if (groupFirst == null) {
                groupFirst = d;
            }
            counted++;
            if (counted % cycle == 0) {
                addDays(s, groupFirst, d, from, to, out);
                groupFirst = null;
            }
        }
    }

    private void addDays(TaskSchedule s, LocalDate firstDay, LocalDate lastDay, Instant from, Instant to,
                         List<CycleWindow> out) {
        LocalTime open = s.workStartTime() == null ? LocalTime.MIDNIGHT : s.workStartTime();
        ZonedDateTime start = firstDay.atTime(open).atZone(calendar.zone());
        ZonedDateTime end;
        if (s.workEndTime() == null) {
            end = lastDay.plusDays(1).atStartOfDay(calendar.zone());
        } else {
            end = (s.workEndTime().isAfter(open) ? lastDay : lastDay.plusDays(1)).atTime(s.workEndTime()).atZone(calendar.zone());
        }
        add(s, start.toInstant(), end.toInstant(), from, to, out);
    }

    private void periods(TaskSchedule s, Instant from, Instant to, List<CycleWindow> out, ChronoUnit unit, int size) {
        LocalDate startDay = day(s.taskStartTime());
        LocalDate anchor = switch (unit) {
            case WEEKS -> startDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            default -> size == 12 ? startDay.withDayOfYear(1)
                    : size == 3 ? startDay.withDayOfMonth(1).withMonth(((startDay.getMonthValue() - 1) / 3) * 3 + 1)
                    : startDay.withDayOfMonth(1);
        };
        long step = (long) size * s.cycle();
        long k = Math.max(0, unit.between(anchor, day(from)) / step - 1);
        while (true) {
            LocalDate first = anchor.plus(k * step, unit);
            LocalDate next = anchor.plus((k + 1) * step, unit);
            Instant start = first.atStartOfDay(calendar.zone()).toInstant();
            if (!start.isBefore(to)) {
                return;
            }
            add(s, start, next.atStartOfDay(calendar.zone()).toInstant(), from, to, out);
            k++;
        }
    }

    private static void add(TaskSchedule s, Instant start, Instant end, Instant from, Instant to, List<CycleWindow> out) {
        if (!end.isAfter(s.taskStartTime())) {
            return;
        }
        Instant effectiveStart = start.isBefore(s.taskStartTime()) ? s.taskStartTime() : start;
        if (!effectiveStart.isBefore(from) && effectiveStart.isBefore(to)) {
            out.add(new CycleWindow(effectiveStart, end));
        }
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(calendar.zone()).toLocalDate();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
