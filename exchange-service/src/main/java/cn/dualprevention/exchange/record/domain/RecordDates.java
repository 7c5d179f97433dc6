package cn.dualprevention.exchange.record.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Dates as the specification writes them, in the enterprise's time zone: {@code yyyyMMddHHmmss} with time,
 * {@code yyyyMMdd} without, daily times {@code H:mm:ss}. Source values are ISO-8601 instants, dates or times.
 */
public final class RecordDates {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("H:mm:ss");

    private RecordDates() {
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? null : DATE_TIME.format(instant.atZone(zone));
    }

    /** An ISO instant (or date-time with offset) as {@code yyyyMMddHHmmss}; null when absent or unreadable. */
    public static String dateTime(String iso, ZoneId zone) {
        return dateTime(instant(iso), zone);
    }

    /** An ISO date ({@code 2026-03-31}) or instant as {@code yyyyMMdd}; null when absent or unreadable. */
    public static String date(String iso, ZoneId zone) {
        if (iso == null) {
            return null;
        }
        try {
            return DATE.format(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            Instant instant = instant(iso);
            return instant == null ? null : DATE.format(instant.atZone(zone));
        }
    }

    /** A time of day ({@code 08:00} or {@code 08:00:00}) as {@code H:mm:ss}; null when absent or unreadable. */
    public static String timeOfDay(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return TIME_OF_DAY.format(LocalTime.parse(iso));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Instant instant(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return Instant.parse(iso);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(iso).toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
