package cn.dualprevention.exchange.record.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as the specification writes them: {@code yyyyMMddHHmmss} in the enterprise's time zone. */
public final class RecordDates {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private RecordDates() {
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }
}
