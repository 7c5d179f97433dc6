package cn.dualprevention.inspection.cycle.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 法定节假日日历 — which days are statutory working days: Monday to Friday, except the public holidays of the State
 * Council's notice, plus the adjusted working days (调休上班) on weekends. Built from lines {@code date,kind[,name]}
 * where kind is {@code HOLIDAY} or {@code WORKDAY}; {@code #} starts a comment. Years without a file fall back to
 * plain weekends.
 */
public final class HolidayCalendar {

    private final Map<LocalDate, Boolean> adjusted;
    private final Set<Integer> years;

    private HolidayCalendar(Map<LocalDate, Boolean> adjusted) {
        this.adjusted = Map.copyOf(adjusted);
        Set<Integer> covered = new HashSet<>();
        adjusted.keySet().forEach(day -> covered.add(day.getYear()));
        this.years = Set.copyOf(covered);
    }

    public static HolidayCalendar weekendsOnly() {
        return new HolidayCalendar(Map.of());
    }

    public static HolidayCalendar parse(List<String> lines) {
        Map<LocalDate, Boolean> adjusted = new HashMap<>();
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("date,")) {
                continue;
            }
            String[] parts = line.split(",");
            if (parts.length < 2) {
                throw new IllegalArgumentException("holiday line " + number + " is not date,kind: " + raw);
            }
            LocalDate day = LocalDate.parse(parts[0].strip());
            switch (parts[1].strip().toUpperCase()) {
                case "HOLIDAY" -> adjusted.put(day, Boolean.FALSE);
                case "WORKDAY" -> adjusted.put(day, Boolean.TRUE);
                default -> throw new IllegalArgumentException("holiday line " + number + ": kind is HOLIDAY or WORKDAY");
            }
        }
        return new HolidayCalendar(adjusted);
    }

    public HolidayCalendar with(HolidayCalendar other) {
        Map<LocalDate, Boolean> merged = new HashMap<>(adjusted);
        merged.putAll(other.adjusted);
        return new HolidayCalendar(merged);
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean special = adjusted.get(day);
        if (special != null) {
            return special;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /** Years whose statutory holidays are configured. */
    public Set<Integer> years() {
        return years;
    }
}
