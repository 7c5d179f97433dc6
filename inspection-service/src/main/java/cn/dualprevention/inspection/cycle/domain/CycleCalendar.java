package cn.dualprevention.inspection.cycle.domain;

import cn.dualprevention.inspection.task.domain.WorkDayType;

import java.time.LocalDate;
import java.time.ZoneId;

/** 排查日历 — an enterprise's calendar: its time zone and which days count for a work-day type. */
public record CycleCalendar(ZoneId zone, HolidayCalendar holidays) {

    public boolean counts(LocalDate day, WorkDayType type) {
        return switch (type) {
            case EVERY_DAY -> true;
            case WORKING_DAYS -> holidays.isWorkingDay(day);
            case NON_WORKING_DAYS -> !holidays.isWorkingDay(day);
        };
    }
}
