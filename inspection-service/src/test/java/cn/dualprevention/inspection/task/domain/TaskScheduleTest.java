package cn.dualprevention.inspection.task.domain;

import cn.dualprevention.platform.errors.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskScheduleTest {

    static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void anHourlyTaskNeedsItsDailyWindow() {
        assertThatThrownBy(() -> TaskSchedule.of(2, CycleUnit.HOUR, START, null, null, WorkDayType.EVERY_DAY,
                WorkType.ROUTINE, null, "post-1", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + "/" + v.rule())
                        .containsExactly("workStartTime/required-for-hourly", "workEndTime/required-for-hourly"));
    }

    @Test
    void dutyTasksNameAChecklistItemOfTheirRole() {
        assertThatThrownBy(() -> TaskSchedule.of(1, CycleUnit.DAY, START, null, null, WorkDayType.EVERY_DAY,
                WorkType.MAIN, 10, null, "p-1"))
                .isInstanceOfSatisfying(InvalidValueException.class, e ->
                        assertThat(e.violations().get(0).rule()).isEqualTo("range-main-1-9"));
        assertThat(TaskSchedule.of(1, CycleUnit.DAY, START, null, null, WorkDayType.EVERY_DAY,
                WorkType.OPERATIONAL, 10, null, "p-1").taskNum()).isEqualTo(10);
        assertThatThrownBy(() -> TaskSchedule.of(1, CycleUnit.DAY, START, null, null, WorkDayType.EVERY_DAY,
                WorkType.ROUTINE, 3, null, "p-1"))
                .isInstanceOfSatisfying(InvalidValueException.class, e ->
                        assertThat(e.violations().get(0).rule()).isEqualTo("only-for-duty"));
    }

    @Test
    void exactlyOneAssigneeAndAPositiveCycle() {
        assertThatThrownBy(() -> TaskSchedule.of(0, CycleUnit.WEEK, START, LocalTime.NOON, null, WorkDayType.EVERY_DAY,
                WorkType.ROUTINE, null, "post-1", "p-1"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + "/" + v.rule())
                        .containsExactly("cycle/positive", "workEndTime/together", "assigneePostId/post-or-person"));
    }
}
