package cn.dualprevention.e2e.support;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;

/**
 * One enterprise built through the gateway the way its safety manager would: registered in risk-service, then its
 * risk model (risk analysis object, units, risk events, control measures checked by inspection), then the
 * inspection tasks inspection-service derived from those measures, scheduled for named inspectors.
 */
public final class Plant {

    private static final ZoneId PLANT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final Gateway manager;
    private final String group;
    private final String enterpriseId;
    private final String companyCode;

    private Plant(Gateway manager, String group, String enterpriseId, String companyCode) {
        this.manager = manager;
        this.group = group;
        this.enterpriseId = enterpriseId;
        this.companyCode = companyCode;
    }

    /** Registers a new enterprise of {@code group}; its safety manager ({@code managerId}) acts for the whole group. */
    public static Plant register(Gateway gateway, String group, String managerId, String name) {
        Gateway manager = gateway.as(E2eIdentity.Caller.groupWide(managerId, group, "GROUP_ADMIN", "SAFETY_MANAGER"));
        String companyCode = Integer.toString(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
        String first17 = "91410100MA" + companyCode.substring(2);
        String uscc = first17 + checkCharacter(first17);
        JsonNode enterprise = manager.post("/api/v1/enterprises", """
                {"name":"%s","companyCode":"%s","uscc":"%s","timeZone":"Asia/Shanghai"}""".formatted(name, companyCode, uscc))
                .json(201);
        return new Plant(manager, group, enterprise.get("id").asString(), companyCode);
    }

    public String enterpriseId() {
        return enterpriseId;
    }

    /** The enterprise's 9-digit company code (every regulator record carries it). */
    public String companyCode() {
        return companyCode;
    }

    public String group() {
        return group;
    }

    public Gateway manager() {
        return manager;
    }

    /** An inspector of this enterprise only. */
    public E2eIdentity.Caller inspector(String personId) {
        return E2eIdentity.Caller.ofEnterprise(personId, group, enterpriseId, "INSPECTOR");
    }

    /** A major hazard source (重大危险源), hazardCode = companyCode + 001, with its three 包保 responsible persons. */
    public String majorHazardSource(String name) {
        return manager.post("/api/v1/risk-objects", """
                {"enterpriseId":"%s","hazardCode":"%s001","name":"%s","majorHazardSource":true,"majorHazardGrade":2,
                 "mainResponsiblePersonId":"p-plant-head","technicalResponsiblePersonId":"p-chief-engineer",
                 "operationalResponsiblePersonId":"p-shift-lead"}"""
                .formatted(enterpriseId, companyCode, name)).json(201).get("id").asString();
    }

    /** A risk analysis unit of the risk object, with its responsible department and person. */
    public String unit(String riskObjectId, String name, String department, String responsiblePerson) {
        return manager.post("/api/v1/risk-units", """
                {"enterpriseId":"%s","riskObjectId":"%s","hazardCode":"%s001","name":"%s","responsibleDepartment":"%s",
                 "responsiblePerson":"%s","riskLevel":"MAJOR","longitude":113.7512,"latitude":34.7226}"""
                .formatted(enterpriseId, riskObjectId, companyCode, name, department, responsiblePerson)).json(201)
                .get("id").asString();
    }

    public String riskEvent(String unitId, String name) {
        return manager.post("/api/v1/risk-events", """
                {"unitId":"%s","name":"%s","consequence":"火灾爆炸、人员伤亡"}""".formatted(unitId, name)).json(201)
                .get("id").asString();
    }

    /** A control measure checked by people (管控方式: 隐患排查), with what to inspect. */
    public String inspectionMeasure(String riskEventId, String description, String troubleshootContent) {
        return manager.post("/api/v1/control-measures", """
                {"riskEventId":"%s","controlMode":"INSPECTION","description":"%s","classify1":"1","classify2":"1-4",
                 "troubleshootContent":"%s","controlLevel":"WORKSHOP"}""".formatted(riskEventId, description, troubleshootContent))
                .json(201).get("id").asString();
    }

    /** The inspection task inspection-service built from the measure (through dp.risk.events). */
    public JsonNode awaitTaskOf(String measureId) {
        AtomicReference<JsonNode> task = new AtomicReference<>();
        await("the inspection task of measure " + measureId).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    for (JsonNode t : manager.get("/api/v1/inspection-tasks?enterpriseId=" + enterpriseId).json(200)) {
                        if (measureId.equals(t.path("measureId").asString(null))) {
                            task.set(t);
                            return true;
                        }
                    }
                    return false;
                });
        return task.get();
    }

    /**
     * The safety manager schedules the task hourly inside a daily window that opens a minute from now (plant time),
     * done by the named person: its first cycle is due within a minute and lasts an hour, whatever time of day the
     * test runs.
     */
    public void scheduleHourlyOpeningSoon(String taskId, String personId) {
        LocalTime open = LocalTime.now(PLANT_ZONE).plusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        manager.put("/api/v1/inspection-tasks/" + taskId + "/schedule", """
                {"cycle":1,"cycleUnit":"HOUR","taskStartTime":"%s","workStartTime":"%s","workEndTime":"%s",
                 "workDayType":"EVERY_DAY","workType":"ROUTINE","assigneePersonId":"%s"}"""
                .formatted(Instant.now().minus(Duration.ofDays(1)), open, open.plusHours(2), personId)).json(200);
    }

    /** The safety manager schedules the task daily, every day, done by the named person. */
    public void scheduleDaily(String taskId, String personId) {
        manager.put("/api/v1/inspection-tasks/" + taskId + "/schedule", """
                {"cycle":1,"cycleUnit":"DAY","taskStartTime":"%s","workDayType":"EVERY_DAY","workType":"ROUTINE",
                 "assigneePersonId":"%s"}""".formatted(Instant.now().minus(Duration.ofDays(2)), personId)).json(200);
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }
}
