package cn.dualprevention.inspection.cycle.infrastructure;

import cn.dualprevention.inspection.cycle.domain.HolidayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The statutory holiday calendar, one CSV per year ({@code dp.inspection.holidays}: resource locations, e.g.
 * {@code classpath:holidays/CN-2026.csv,file:/etc/dp/CN-2027.csv}); add next year's file when the State Council
 * publishes its notice.
 */
@Configuration
class HolidayCalendarConfiguration {

    @Bean
    HolidayCalendar holidayCalendar(@Value("${dp.inspection.holidays:classpath:holidays/CN-2026.csv}") List<String> locations) {
        HolidayCalendar calendar = HolidayCalendar.weekendsOnly();
        DefaultResourceLoader loader = new DefaultResourceLoader();
        for (String location : locations) {
            Resource resource = loader.getResource(location.strip());
            try {
                String text = resource.getContentAsString(StandardCharsets.UTF_8);
                calendar = calendar.with(HolidayCalendar.parse(text.lines().toList()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read holiday calendar " + location, e);
            }
        }
        return calendar;
    }
}
