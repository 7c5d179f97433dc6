package cn.dualprevention.deploy.demo;

import cn.dualprevention.deploy.demo.RiskGrade.Level;
import cn.dualprevention.deploy.demo.Templates.Event;
import cn.dualprevention.deploy.demo.Templates.Measure;
import cn.dualprevention.deploy.demo.Templates.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates a demo group as the ordered request list DemoLoader sends through the gateway: per enterprise its
 * registration, organisation (plants, departments, posts, people), then per plant the major hazard source with its
 * three 包保 guarantors, the other installations, units with coordinates, risk events with inherent and residual
 * assessments, control measures with classify codes, control level and responsible post, and (optionally) the
 * schedule of every inspection task. Deterministic for a seed. Requests are handed to the sink one by one and
 * nothing is kept beyond the current enterprise, so any size streams in constant memory.
 */
public final class GroupGenerator {

    /** Who sends what: the group administrator registers enterprises and organisation, the safety manager the rest. */
    static final String ADMIN = "wang.fang";
    static final String SAFETY_MANAGER = "zhao.min";

    /** The national 包保 checklist items used (duty type, item number, content, cycle). */
    record Duty(String workType, int taskNum, Role guarantorRole, String content, int cycle, String cycleUnit) {
    }

    static final List<Duty> DUTIES = List.of(
            new Duty("MAIN", 5, Role.GENERAL_MANAGER, "主要负责人督促、检查重大危险源安全生产工作，组织针对性安全风险隐患排查", 1, "QUARTER"),
            new Duty("TECHNICAL", 2, Role.CHIEF_ENGINEER, "技术负责人组织对安全设施和监测监控系统检测、检验和维护保养，保证有效可靠运行", 1, "MONTH"),
            new Duty("TECHNICAL", 5, Role.CHIEF_ENGINEER, "技术负责人组织对重大危险源进行安全风险隐患排查，制定管控措施和治理方案并监督落实", 1, "MONTH"),
            new Duty("OPERATIONAL", 1, Role.WORKSHOP_DIRECTOR, "操作负责人督促检查各岗位严格执行重大危险源安全生产规章制度和操作规程", 1, "WEEK"),
            new Duty("OPERATIONAL", 3, Role.WORKSHOP_DIRECTOR, "操作负责人组织重大危险源安全风险隐患排查，检查特殊作业、检维修作业安全管控措施落实", 1, "WEEK"));

    /** A generated person: the variable of their id, and their name. */
    record Staff(String var, String name) {
    }

    private final Size size;
    private final long seed;
    private final boolean schedules;
    private final String taskStart;

    /**
     * @param schedules whether to emit the schedule of every inspection task (needs the loader's {@code await} and
     *                  inspection-service's task-by-measure path; see README)
     * @param startDate first day of every task (in Asia/Shanghai)
     */
    public GroupGenerator(Size size, long seed, boolean schedules, LocalDate startDate) {
        this.size = size;
        this.seed = seed;
        this.schedules = schedules;
        this.taskStart = startDate.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().toString();
    }

    /** Sends the whole group to the sink, in load order (parents before children). */
    public void generate(RequestSink sink) {
        Random random = new Random(seed);
        People people = new People(random);
        List<Site> sites = new ArrayList<>(Site.ALL);
        Collections.shuffle(sites, random);
        for (int e = 1; e <= size.enterprises(); e++) {
            Kind kind = Kind.values()[(e - 1) % Kind.values().length];
            Site site = sites.get((e - 1) % sites.size());
            new EnterpriseRun(e, kind, site, random, people, sink).generate();
        }
    }

    /** One enterprise: its variables are prefixed {@code e<n>}. */
    private final class EnterpriseRun {
        private final int no;
        private final Kind kind;
        private final Site site;
        private final Random random;
        private final People people;
        private final RequestSink sink;
        private final String e;
        private final String companyCode;
        private final Map<Role, List<Staff>> companyHolders = new EnumMap<>(Role.class);
        private int personSeq;
        private int unitSeq;
        private int eventSeq;
        private int measureSeq;

        EnterpriseRun(int no, Kind kind, Site site, Random random, People people, RequestSink sink) {
            this.no = no;
            this.kind = kind;
            this.site = site;
            this.random = random;
            this.people = people;
            this.sink = sink;
            this.e = "e" + no;
            this.companyCode = site.region6() + String.format("%03d", no);
        }

        void generate() {
            int round = (no - 1) / Site.ALL.size(); // beyond ten enterprises a city hosts a second, third, ... one
            String name = site.city() + (round > 0 ? "第" + chineseOrdinal(round + 1) : "") + "中原" + kind.nameSuffix;
            sink.accept(DemoRequest.post("enterprise: " + name, "/api/v1/enterprises", ADMIN, map(
                    "name", name, "companyCode", companyCode,
                    "uscc", Uscc.forCompany(site.region6(), 10_000_000L + (long) no * 7919 + random.nextInt(7919)),
                    "address", site.address() + (100 + no * 8) + "号", "timeZone", "Asia/Shanghai"), e));
            Map<Role.Dept, String> companyDepts = new EnumMap<>(Role.Dept.class);
            for (Role.Dept d : Role.Dept.values()) {
                if (!d.perPlant()) {
                    companyDepts.put(d, orgUnit("DEPARTMENT", null, d.title, e + "d" + d.ordinal()));
                }
            }
            for (Role r : Role.values()) {
                if (!r.perPlant()) {
                    companyHolders.put(r, staff(r, companyDepts.get(r.dept), e + "r" + r.ordinal(), ""));
                }
            }
            for (int p = 1; p <= size.plantsPerEnterprise(); p++) {
                new PlantRun(this, p).generate();
            }
        }

        String orgUnit(String kindOfUnit, String parentVar, String title, String var) {
            Map<String, Object> body = map("enterpriseId", ref(e), "kind", kindOfUnit, "name", title);
            if (parentVar != null) {
                body.put("parentId", ref(parentVar));
            }
            sink.accept(DemoRequest.post(label(kindOfUnit) + title, "/api/v1/org/units", ADMIN, body, var));
            return var;
        }

        /** Creates the post and the people who hold it; returns the person variables. */
        List<Staff> staff(Role role, String deptVar, String postVar, String prefix) {
            sink.accept(DemoRequest.post("post: " + prefix + role.title, "/api/v1/org/posts", ADMIN,
                    map("enterpriseId", ref(e), "departmentId", ref(deptVar), "name", prefix + role.title), postVar));
            List<Staff> persons = new ArrayList<>();
            for (int i = 0; i < role.people; i++) {
                String var = e + "h" + (++personSeq);
                String personName = people.name();
                sink.accept(DemoRequest.post("person: " + personName + "（" + prefix + role.title + "）", "/api/v1/org/people",
                        ADMIN, map("enterpriseId", ref(e), "name", personName, "mobile", people.mobile(),
                                "departmentId", ref(deptVar), "postIds", List.of(ref(postVar))), var));
                persons.add(new Staff(var, personName));
            }
            return persons;
        }

        String postVar(Role role, int plant) {
            return role.perPlant() ? e + "p" + plant + "r" + role.ordinal() : e + "r" + role.ordinal();
        }
    }

    /** One plant: org unit, workshop, plant posts, its major hazard source and the other installations, units. */
    private final class PlantRun {
        private final EnterpriseRun ent;
        private final int no;
        private final String plantVar;
        private final String plantName;
        private final double lon;
        private final double lat;
        private final Map<Role, List<Staff>> holders = new EnumMap<>(Role.class);
        private String workshopName;

        PlantRun(EnterpriseRun ent, int no) {
            this.ent = ent;
            this.no = no;
            this.plantVar = ent.e + "p" + no;
            this.plantName = chineseOrdinal(no) + "厂区";
            this.lon = ent.site.longitude() + 0.012 * (no - 1) + ent.random.nextInt(200) / 100_000.0;
            this.lat = ent.site.latitude() + 0.008 * ((no - 1) % 3) + ent.random.nextInt(200) / 100_000.0;
        }

        void generate() {
            ent.orgUnit("PLANT", null, plantName, plantVar);
            workshopName = plantName + kind().trade + "生产车间";
            String workshop = ent.orgUnit("DEPARTMENT", plantVar, workshopName,
                    plantVar + "w");
            holders.putAll(ent.companyHolders);
            for (Role r : Role.values()) {
                if (r.perPlant()) {
                    holders.put(r, ent.staff(r, workshop, ent.postVar(r, no), plantName));
                }
            }
            String majorCode = ent.companyCode + String.format("%03d", no);
            String majorVar = plantVar + "o1";
            sink().accept(DemoRequest.post("major hazard source: " + plantName + kind().majorHazardName, "/api/v1/risk-objects",
                    SAFETY_MANAGER, map("enterpriseId", ref(ent.e), "hazardCode", majorCode,
                            "name", plantName + kind().majorHazardName + "重大危险源", "majorHazardSource", true,
                            "majorHazardGrade", kind().majorHazardGrade,
                            "mainResponsiblePersonId", ref(holders.get(Role.GENERAL_MANAGER).get(0).var()),
                            "technicalResponsiblePersonId", ref(holders.get(Role.CHIEF_ENGINEER).get(0).var()),
                            "operationalResponsiblePersonId", ref(holders.get(Role.WORKSHOP_DIRECTOR).get(0).var())), majorVar));
            String otherCode = ent.companyCode + "F" + String.format("%02d", no);
            String otherVar = plantVar + "o2";
            boolean otherUsed = false;
            boolean dutiesPlaced = false;
            // The major hazard source's units first; then the other installations, each plant starting where the
            // previous one stopped (so a small group still shows every kind of unit), repeated as 2#, 3#, ...
            List<Unit> majors = kind().units.stream().filter(Unit::majorHazard).toList();
            List<Unit> others = kind().units.stream().filter(u -> !u.majorHazard()).toList();
            int offset = (no - 1) * Math.max(0, size.unitsPerPlant() - majors.size());
            for (int i = 0; i < size.unitsPerPlant(); i++) {
                Unit t;
                int copy;
                if (i < majors.size()) {
                    t = majors.get(i);
                    copy = 1;
                } else {
                    int k = i - majors.size();
                    t = others.get((k + offset) % others.size());
                    copy = k / others.size() + 1;
                }
                if (!t.majorHazard() && !otherUsed) {
                    sink().accept(DemoRequest.post("risk object: " + plantName + "生产装置及公用工程", "/api/v1/risk-objects",
                            SAFETY_MANAGER, map("enterpriseId", ref(ent.e), "hazardCode", otherCode,
                                    "name", plantName + "生产装置及公用工程", "majorHazardSource", false), otherVar));
                    otherUsed = true;
                }
                String unitName = (copy > 1 ? copy + "#" : "") + t.name();
                boolean withDuties = t.majorHazard() && !dutiesPlaced;
                unit(t, unitName, t.majorHazard() ? majorVar : otherVar, t.majorHazard() ? majorCode : otherCode, i,
                        withDuties);
                dutiesPlaced |= withDuties;
            }
        }

        private void unit(Unit t, String unitName, String objectVar, String hazardCode, int index, boolean withDuties) {
            String unitVar = ent.e + "u" + (++ent.unitSeq);
            Level level = Kind.levelOf(t);
            double angle = index * 2.399963; // golden angle: units spread around the plant centre, ~60–300 m out
            double radius = 0.0006 + 0.0002 * (index % 12);
            double ulon = round6(lon + radius * Math.cos(angle) + ent.random.nextInt(40) / 1_000_000.0);
            double ulat = round6(lat + radius * 0.8 * Math.sin(angle) + ent.random.nextInt(40) / 1_000_000.0);
            Staff director = holders.get(Role.WORKSHOP_DIRECTOR).get(0);
            sink().accept(DemoRequest.post("risk unit: " + plantName + unitName, "/api/v1/risk-units", SAFETY_MANAGER, map(
                    "enterpriseId", ref(ent.e), "riskObjectId", ref(objectVar), "plantId", ref(plantVar),
                    "hazardCode", hazardCode, "name", plantName + unitName,
                    "responsibleDepartment", workshopName, "responsibleDepartmentId", ref(plantVar + "w"),
                    "responsiblePerson", director.name(), "responsiblePersonId", ref(director.var()), "riskLevel", level.name(),
                    "longitude", ulon, "latitude", ulat), unitVar));
            // Every event and assessment of the unit before any of its measures: each inspection measure defines a
            // task, which risk-service records on the unit asynchronously; an assessment regrades the same unit, and
            // the two writes racing answer 409 concurrent-change (see README).
            List<String> eventVars = new ArrayList<>();
            for (Event ev : t.events()) {
                eventVars.add(event(ev, unitVar, unitName));
            }
            for (int k = 0; k < t.events().size(); k++) {
                Event ev = t.events().get(k);
                for (Measure m : ev.measures()) {
                    measure(eventVars.get(k), ev, m);
                }
                if (k == 0 && withDuties) {
                    duties(eventVars.get(k), ev.residual());
                }
            }
        }

        private String event(Event ev, String unitVar, String unitName) {
            String eventVar = ent.e + "v" + (++ent.eventSeq);
            sink().accept(DemoRequest.post("risk event: " + plantName + unitName + " " + ev.name(), "/api/v1/risk-events",
                    SAFETY_MANAGER, map("unitId", ref(unitVar), "name", ev.name(), "consequence", ev.consequence()),
                    eventVar));
            RiskGrade.Method method = kind().method;
            assess(eventVar, ev, "INHERENT", method.inherent(ev.residual()), "风险辨识：未考虑现有管控措施的固有风险");
            assess(eventVar, ev, "RESIDUAL", method.residual(ev.residual()), "现有管控措施落实后的剩余风险评价");
            return eventVar;
        }

        private void assess(String eventVar, Event ev, String assessmentKind, Map<String, BigDecimal> factors, String reason) {
            sink().accept(new DemoRequest("assessment (" + assessmentKind + " " + kind().method + "): " + ev.name(), "POST",
                    "/api/v1/risk-events/" + ref(eventVar) + "/assessments", SAFETY_MANAGER,
                    map("kind", assessmentKind, "method", kind().method.name(), "factors", new LinkedHashMap<>(factors),
                            "reason", reason), Map.of(), null));
        }

        private void measure(String eventVar, Event ev, Measure m) {
            String measureVar = ent.e + "m" + (++ent.measureSeq);
            Role role = m.role() == null ? Role.CONTROL_OPERATOR : m.role();
            Map<String, Object> body = map("riskEventId", ref(eventVar), "controlMode", m.mode(),
                    "description", m.description(), "classify1", m.classify1(), "classify2", m.classify2(),
                    "classify3", m.classify3(), "troubleshootContent", m.content(),
                    "controlLevel", ev.residual().controlLevel(), "responsiblePostId", ref(ent.postVar(role, no)));
            sink().accept(DemoRequest.post("control measure: " + m.classify3() + " — " + ev.name(), "/api/v1/control-measures",
                    SAFETY_MANAGER, body, measureVar));
            if (m.inspected() && schedules) {
                boolean hourly = "HOUR".equals(m.cycleUnit());
                boolean shift = role == Role.FIELD_OPERATOR || role == Role.CONTROL_OPERATOR || role == Role.SHIFT_LEADER;
                Map<String, Object> schedule = map("cycle", m.cycle(), "cycleUnit", m.cycleUnit(), "taskStartTime", taskStart);
                if (hourly) {
                    schedule.put("workStartTime", "08:00:00");
                    schedule.put("workEndTime", "20:00:00");
                }
                schedule.put("workDayType", shift ? "EVERY_DAY" : "WORKING_DAYS");
                schedule.put("workType", "ROUTINE");
                schedule.put("assigneePostId", ref(ent.postVar(role, no)));
                scheduleRequest(measureVar, m.content(), schedule);
            }
        }

        /** The 包保 duties of the plant's major hazard source: measures whose tasks go to the guarantors. */
        private void duties(String eventVar, Level eventLevel) {
            for (Duty d : DUTIES) {
                String measureVar = ent.e + "m" + (++ent.measureSeq);
                String level = eventLevel.allowedControlLevels().get(0);
                sink().accept(DemoRequest.post("包保 duty: " + d.workType() + " " + d.taskNum() + " — " + plantName,
                        "/api/v1/control-measures", SAFETY_MANAGER, map("riskEventId", ref(eventVar),
                                "controlMode", Templates.INSPECTION, "description", "落实重大危险源安全包保责任：" + d.content(),
                                "classify1", "3", "classify2", "3-4", "classify3", "安全包保",
                                "troubleshootContent", d.content(), "controlLevel", level,
                                "responsiblePostId", ref(ent.postVar(d.guarantorRole(), no))), measureVar));
                if (schedules) {
                    Map<String, Object> schedule = map("cycle", d.cycle(), "cycleUnit", d.cycleUnit(),
                            "taskStartTime", taskStart, "workDayType", "WORKING_DAYS", "workType", d.workType(),
                            "taskNum", d.taskNum(), "assigneePersonId", ref(holders.get(d.guarantorRole()).get(0).var()));
                    scheduleRequest(measureVar, d.content(), schedule);
                }
            }
        }

        private void scheduleRequest(String measureVar, String content, Map<String, Object> schedule) {
            sink().accept(new DemoRequest("task schedule: " + content, "PUT",
                    "/api/v1/inspection-tasks/by-measure/" + ref(measureVar) + "/schedule", SAFETY_MANAGER, schedule,
                    Map.of(), "PT60S"));
        }

        private Kind kind() {
            return ent.kind;
        }

        private RequestSink sink() {
            return ent.sink;
        }
    }

    private static String label(String kindOfUnit) {
        return switch (kindOfUnit) {
            case "PLANT" -> "plant: ";
            case "AREA" -> "area: ";
            default -> "department: ";
        };
    }

    static String chineseOrdinal(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        return (n / 10 > 1 ? digits[n / 10] : "") + "十" + digits[n % 10];
    }

    static String ref(String var) {
        return "${" + var + "}";
    }

    private static double round6(double v) {
        return Math.round(v * 1_000_000d) / 1_000_000d;
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
