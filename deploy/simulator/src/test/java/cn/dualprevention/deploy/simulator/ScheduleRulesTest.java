package cn.dualprevention.deploy.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScheduleRulesTest {

    static final Instant START = Instant.parse("2026-11-15T16:00:00Z");

    final Group.Enterprise plant = new Group.Enterprise("e1", "一号公司", "410800001", "Asia/Shanghai",
            List.of(new Group.Person("op", "外操", "w", List.of("post-op")),
                    new Group.Person("gm", "总经理", "d0", List.of("post-gm")),
                    new Group.Person("ce", "总工程师", "d0", List.of("post-ce")),
                    new Group.Person("wd", "车间主任", "w", List.of("post-wd"))),
            List.of(new Group.Post("post-op", "现场外操", "w"), new Group.Post("post-empty", "无人岗位", "w")),
            List.of(new Group.Unit("u1", "LNG全容储罐", "o1", "qr", 113.0, 35.0, "wd", "w")),
            List.of(new Group.RiskObject("o1", "LNG储罐区重大危险源", true, "gm", "ce", "wd")),
            List.of());

    Map<String, Object> schedule(String content, String classify2, String classify3, String post) {
        Group.Task task = new Group.Task("t", "m", "u1", content, false);
        return ScheduleRules.scheduleFor(plant, task, new Group.Measure("m", classify2.substring(0, 1), classify2, classify3, post),
                START).orElse(null);
    }

    @Test
    void criticalAlarmsAreCheckedEveryFourHoursInTheDayShiftWindowEveryDay() {
        assertThat(schedule("可燃气体检测报警器完好", "1-4", "可燃气体检测", "post-op")).containsExactly(
                Map.entry("cycle", 4), Map.entry("cycleUnit", "HOUR"), Map.entry("taskStartTime", START.toString()),
                Map.entry("workStartTime", "08:00:00"), Map.entry("workEndTime", "20:00:00"),
                Map.entry("workDayType", "EVERY_DAY"), Map.entry("workType", "ROUTINE"),
                Map.entry("assigneePostId", "post-op"));
    }

    @Test
    void shiftWorkIsDailyEngineeringWorkWeeklyOrMonthlyOnWorkingDays() {
        assertThat(schedule("交接班记录", "3-3", "交接班", "post-op")).containsEntry("cycleUnit", "DAY")
                .containsEntry("workDayType", "EVERY_DAY").doesNotContainKey("workStartTime");
        assertThat(schedule("静密封点检测", "2-2", "静密封点", "post-op")).containsEntry("cycleUnit", "WEEK")
                .containsEntry("workDayType", "WORKING_DAYS");
        assertThat(schedule("现场处置方案", "4-4", "现场处置方案", "post-op")).containsEntry("cycleUnit", "MONTH")
                .containsEntry("workDayType", "WORKING_DAYS");
    }

    @Test
    void guarantorDutiesGoToTheGuarantorWithTheNationalItem() {
        assertThat(schedule("技术负责人组织对安全设施和监测监控系统检测、检验和维护保养，保证有效可靠运行", "3-4", "安全包保", "post-ce"))
                .containsEntry("workType", "TECHNICAL").containsEntry("taskNum", 2).containsEntry("cycleUnit", "MONTH")
                .containsEntry("assigneePersonId", "ce").doesNotContainKey("assigneePostId");
        assertThat(schedule("操作负责人组织重大危险源安全风险隐患排查，检查特殊作业、检维修作业安全管控措施落实", "3-4", "安全包保", "post-wd"))
                .containsEntry("workType", "OPERATIONAL").containsEntry("taskNum", 3).containsEntry("cycleUnit", "WEEK")
                .containsEntry("assigneePersonId", "wd");
        assertThat(schedule("主要负责人督促、检查重大危险源安全生产工作，组织针对性安全风险隐患排查", "3-4", "安全包保", "post-gm"))
                .containsEntry("workType", "MAIN").containsEntry("taskNum", 5).containsEntry("cycleUnit", "QUARTER")
                .containsEntry("assigneePersonId", "gm");
    }

    @Test
    void aTaskWhosePostNobodyHoldsGetsNoSchedule() {
        assertThat(schedule("交接班记录", "3-3", "交接班", "post-empty")).isNull();
    }
}
