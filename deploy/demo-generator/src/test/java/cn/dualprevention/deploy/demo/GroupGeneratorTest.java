package cn.dualprevention.deploy.demo;

import cn.dualprevention.deploy.demo.GenerateDemo.Counts;
import cn.dualprevention.deploy.demo.GenerateDemo.Counts.What;
import cn.dualprevention.deploy.demo.RiskGrade.Level;
import cn.dualprevention.deploy.demo.RiskGrade.Method;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class GroupGeneratorTest {

    /** The national classify1 → classify2 table (regulator-records.md, record 3), written out independently. */
    private static final Map<String, Set<String>> CLASSIFY = Map.of(
            "1", Set.of("1-1", "1-2", "1-3", "1-4", "1-5"),
            "2", Set.of("2-1", "2-2", "2-3"),
            "3", Set.of("3-1", "3-2", "3-3", "3-4"),
            "4", Set.of("4-1", "4-2", "4-3", "4-4", "4-5"));
    private static final Pattern VAR = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private static List<DemoRequest> small(long seed) {
        List<DemoRequest> list = new ArrayList<>();
        new GroupGenerator(Size.SMALL, seed, true, START).generate(list::add);
        return list;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object o) {
        return (List<String>) o;
    }

    @Test
    void everyPlaceholderIsCapturedEarlierAndEveryVariableOnce() {
        Set<String> captured = new HashSet<>();
        for (DemoRequest r : small(42)) {
            Matcher m = VAR.matcher(r.path() + " " + r.body());
            while (m.find()) {
                assertThat(captured).as(r.name() + " uses ${" + m.group(1) + "}").contains(m.group(1));
            }
            if (r.capturedVariable() != null) {
                assertThat(captured.add(r.capturedVariable())).as("captured twice: " + r.capturedVariable()).isTrue();
            }
        }
    }

    @Test
    void measuresCarryNationalClassifyCodesAControlLevelFittingTheirEventAndAResponsiblePost() {
        List<DemoRequest> all = small(42);
        Map<String, Level> residualOfEvent = residualLevels(all);
        Set<String> posts = varsOf(all, "/api/v1/org/posts");
        int measures = 0;
        for (DemoRequest r : all) {
            if (!r.path().equals("/api/v1/control-measures")) {
                continue;
            }
            measures++;
            Map<String, Object> b = r.body();
            String c1 = (String) b.get("classify1");
            assertThat(CLASSIFY).as(r.name()).containsKey(c1);
            assertThat(CLASSIFY.get(c1)).as(r.name()).contains((String) b.get("classify2"));
            assertThat((String) b.get("classify3")).isNotBlank();
            assertThat((String) b.get("description")).isNotBlank();
            assertThat(b.get("controlMode")).isIn("INSPECTION", "AUTOMATED_MONITORING");
            if (b.get("controlMode").equals("INSPECTION")) {
                assertThat((String) b.get("troubleshootContent")).as(r.name()).isNotBlank();
            }
            Level eventLevel = residualOfEvent.get(unref(b.get("riskEventId")));
            assertThat(eventLevel).as(r.name()).isNotNull();
            assertThat(eventLevel.allowedControlLevels()).as(r.name()).contains((String) b.get("controlLevel"));
            assertThat(posts).contains(unref(b.get("responsiblePostId")));
        }
        assertThat(measures).isBetween(200, 600);
    }

    @Test
    void unitLevelIsTheHighestResidualLevelOfItsEventsAndAssessmentsUseTheTables() {
        List<DemoRequest> all = small(42);
        Map<String, Level> residualOfEvent = residualLevels(all);
        Map<String, String> unitOfEvent = new HashMap<>();
        Map<String, String> declared = new HashMap<>();
        for (DemoRequest r : all) {
            if (r.path().equals("/api/v1/risk-events")) {
                unitOfEvent.put(r.capturedVariable(), unref(r.body().get("unitId")));
            } else if (r.path().equals("/api/v1/risk-units")) {
                declared.put(r.capturedVariable(), (String) r.body().get("riskLevel"));
                double lon = (Double) r.body().get("longitude");
                double lat = (Double) r.body().get("latitude");
                assertThat(lon).isBetween(110.0, 116.0);
                assertThat(lat).isBetween(33.0, 38.5);
            }
        }
        Map<String, Level> highest = new HashMap<>();
        residualOfEvent.forEach((event, level) -> highest.merge(unitOfEvent.get(event), level, Level::higherOf));
        assertThat(highest.keySet()).isEqualTo(declared.keySet());
        highest.forEach((unit, level) -> assertThat(declared.get(unit)).as(unit).isEqualTo(level.name()));
        assertThat(declared).hasSizeBetween(30, 60);
        assertThat(declared.values()).contains("MAJOR", "CONSIDERABLE", "GENERAL", "LOW");
    }

    @Test
    void hazardCodesBeginWithTheCompanyCodeAndMajorHazardSourcesHaveGradeAndThreeGuarantors() {
        List<DemoRequest> all = small(42);
        Map<String, String> companyCode = new HashMap<>();
        Set<String> people = varsOf(all, "/api/v1/org/people");
        Set<String> codes = new HashSet<>();
        Map<String, String> objectCode = new HashMap<>();
        for (DemoRequest r : all) {
            Map<String, Object> b = r.body();
            switch (r.path()) {
                case "/api/v1/enterprises" -> {
                    assertThat((String) b.get("companyCode")).matches("\\d{9}");
                    assertThat(companyCode.containsValue(b.get("companyCode"))).isFalse();
                    assertThat(Uscc.isValid((String) b.get("uscc"))).as((String) b.get("uscc")).isTrue();
                    companyCode.put(r.capturedVariable(), (String) b.get("companyCode"));
                }
                case "/api/v1/risk-objects" -> {
                    String cc = companyCode.get(unref(b.get("enterpriseId")));
                    String code = (String) b.get("hazardCode");
                    assertThat(code).startsWith(cc);
                    assertThat(codes.add(code)).as("unique " + code).isTrue();
                    objectCode.put(r.capturedVariable(), code);
                    if (Boolean.TRUE.equals(b.get("majorHazardSource"))) {
                        assertThat(code).matches(cc + "\\d{3}");
                        assertThat((Integer) b.get("majorHazardGrade")).isBetween(1, 4);
                        for (String g : List.of("mainResponsiblePersonId", "technicalResponsiblePersonId",
                                "operationalResponsiblePersonId")) {
                            assertThat(people).as(g).contains(unref(b.get(g)));
                        }
                    } else {
                        assertThat(code).doesNotMatch("\\d{12}");
                        assertThat(b).doesNotContainKey("majorHazardGrade");
                    }
                }
                case "/api/v1/risk-units" -> {
                    String cc = companyCode.get(unref(b.get("enterpriseId")));
                    assertThat((String) b.get("hazardCode")).startsWith(cc)
                            .isEqualTo(objectCode.get(unref(b.get("riskObjectId"))));
                }
                default -> { }
            }
        }
        assertThat(companyCode).hasSize(5);
    }

    @Test
    void tasksAreScheduledForEveryInspectionMeasureToPostsWithPeopleAndGuarantorsGetTheir包保Duties() {
        List<DemoRequest> all = small(42);
        Set<String> inspected = new HashSet<>();
        Map<String, Integer> holders = new HashMap<>();
        Set<String> people = varsOf(all, "/api/v1/org/people");
        Set<String> mobiles = new HashSet<>();
        Set<String> guarantors = new HashSet<>();
        Map<String, Integer> duties = new HashMap<>();
        for (DemoRequest r : all) {
            Map<String, Object> b = r.body();
            if (r.path().equals("/api/v1/org/people")) {
                assertThat((String) b.get("mobile")).matches("^1[3-9]\\d{9}$");
                assertThat(mobiles.add((String) b.get("mobile"))).isTrue();
                strings(b.get("postIds")).forEach(p -> holders.merge(unref(p), 1, Integer::sum));
            } else if (r.path().equals("/api/v1/risk-objects") && Boolean.TRUE.equals(b.get("majorHazardSource"))) {
                guarantors.add(unref(b.get("mainResponsiblePersonId")));
                guarantors.add(unref(b.get("technicalResponsiblePersonId")));
                guarantors.add(unref(b.get("operationalResponsiblePersonId")));
            } else if (r.path().equals("/api/v1/control-measures") && "INSPECTION".equals(b.get("controlMode"))) {
                inspected.add(r.capturedVariable());
            } else if (r.path().endsWith("/schedule")) {
                assertThat(r.method()).isEqualTo("PUT");
                assertThat(r.await()).isEqualTo("PT60S");
                String measure = unref(r.path().replaceAll(".*/by-measure/(\\$\\{[^}]+})/schedule", "$1"));
                assertThat(inspected.remove(measure)).as("one schedule per inspection measure: " + measure).isTrue();
                assertThat((Integer) b.get("cycle")).isPositive();
                assertThat(b.get("cycleUnit")).isIn("HOUR", "DAY", "WEEK", "MONTH", "QUARTER", "YEAR");
                if (b.get("cycleUnit").equals("HOUR")) {
                    assertThat(b).containsKeys("workStartTime", "workEndTime");
                }
                assertThat(b.get("workDayType")).isIn("EVERY_DAY", "WORKING_DAYS", "NON_WORKING_DAYS");
                String workType = (String) b.get("workType");
                if (workType.equals("ROUTINE")) {
                    assertThat(b).doesNotContainKey("taskNum").doesNotContainKey("assigneePersonId");
                    assertThat(holders.getOrDefault(unref(b.get("assigneePostId")), 0)).as(r.name()).isPositive();
                } else {
                    int last = switch (workType) {
                        case "MAIN", "TECHNICAL" -> 9;
                        case "OPERATIONAL" -> 10;
                        default -> throw new AssertionError(workType);
                    };
                    assertThat((Integer) b.get("taskNum")).isBetween(1, last);
                    String person = unref(b.get("assigneePersonId"));
                    assertThat(people).contains(person);
                    assertThat(guarantors).as("包保 duty goes to a guarantor").contains(person);
                    duties.merge(workType, 1, Integer::sum);
                }
            }
        }
        assertThat(inspected).as("inspection measures without a schedule").isEmpty();
        assertThat(duties).containsOnlyKeys("MAIN", "TECHNICAL", "OPERATIONAL");
    }

    @Test
    void noAssessmentRegradesAUnitOnceItsMeasuresAreDefiningTasks() {
        Map<String, String> unitOfEvent = new HashMap<>();
        Set<String> unitsWithMeasures = new HashSet<>();
        for (DemoRequest r : small(42)) {
            if (r.path().equals("/api/v1/risk-events")) {
                unitOfEvent.put(r.capturedVariable(), unref(r.body().get("unitId")));
            } else if (r.path().equals("/api/v1/control-measures")) {
                unitsWithMeasures.add(unitOfEvent.get(unref(r.body().get("riskEventId"))));
            } else if (r.path().endsWith("/assessments")) {
                String event = unref(r.path().replaceAll(".*/risk-events/(\\$\\{[^}]+})/assessments", "$1"));
                assertThat(unitsWithMeasures).as(r.name()).doesNotContain(unitOfEvent.get(event));
            }
        }
        assertThat(unitsWithMeasures).isNotEmpty();
    }

    @Test
    void theCheckedInDemoJsonIsTheSmallGroupOfSeed42() throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Path.of("../local/demo/demo.json");
        assertThat(java.nio.file.Files.readString(file)).as("regenerate with GenerateDemo --size small --seed 42")
                .isEqualTo(json(Size.SMALL, 42));
    }

    @Test
    void anEnterprisesRequestsUseOnlyItsOwnVariablesSoEnterprisesCouldLoadSideBySide() {
        for (DemoRequest r : small(42)) {
            String owner = r.capturedVariable() == null ? null : r.capturedVariable().replaceAll("^(e\\d+).*", "$1");
            Matcher m = VAR.matcher(r.path() + " " + r.body());
            while (m.find()) {
                String used = m.group(1).replaceAll("^(e\\d+).*", "$1");
                if (owner != null) {
                    assertThat(used).as(r.name()).isEqualTo(owner);
                }
                owner = used;
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnotherGroup() {
        assertThat(json(Size.SMALL, 42)).isEqualTo(json(Size.SMALL, 42));
        assertThat(json(Size.SMALL, 7)).isNotEqualTo(json(Size.SMALL, 42));
    }

    @Test
    void theSmallDefaultHasTheSizeLocalModeLoadsAndTheLargeOneTwentyThousandTasks() {
        Counts small = new Counts();
        new GroupGenerator(Size.SMALL, 42, false, START).generate(small);
        assertThat(small.get(What.ENTERPRISES)).isBetween(3, 5);
        assertThat(small.get(What.UNITS)).isBetween(30, 60);
        assertThat(small.get(What.INSPECTION_MEASURES)).isBetween(200, 500);
        assertThat(small.get(What.SCHEDULES)).isZero();

        Counts large = new Counts(); // streamed: counted, never stored
        new GroupGenerator(Size.LARGE, 42, true, START).generate(large);
        assertThat(Size.LARGE.plants()).isEqualTo(100);
        assertThat(large.get(What.SCHEDULES)).isEqualTo(large.get(What.INSPECTION_MEASURES)).isBetween(18_000, 25_000);
    }

    private static String json(Size size, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonRequestWriter w = new JsonRequestWriter(out, true)) {
            new GroupGenerator(size, seed, false, START).generate(w);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The residual level of every event, computed from its RESIDUAL assessment's factors. */
    @SuppressWarnings("unchecked")
    private static Map<String, Level> residualLevels(List<DemoRequest> all) {
        Map<String, Level> levels = new HashMap<>();
        for (DemoRequest r : all) {
            if (r.path().endsWith("/assessments") && "RESIDUAL".equals(r.body().get("kind"))) {
                Method method = Method.valueOf((String) r.body().get("method"));
                Map<String, BigDecimal> factors = (Map<String, BigDecimal>) r.body().get("factors");
                factors.forEach((n, v) -> assertThat(method.allows(n, v)).as(r.name() + " " + n).isTrue());
                String event = unref(r.path().replaceAll(".*/risk-events/(\\$\\{[^}]+})/assessments", "$1"));
                levels.put(event, method.level(method.score(factors)));
            }
        }
        return levels;
    }

    private static Set<String> varsOf(List<DemoRequest> all, String path) {
        Set<String> vars = new HashSet<>();
        all.stream().filter(r -> r.path().equals(path)).forEach(r -> vars.add(r.capturedVariable()));
        return vars;
    }

    private static String unref(Object placeholder) {
        String s = (String) placeholder;
        assertThat(s).matches("\\$\\{[A-Za-z0-9_.-]+}");
        return s.substring(2, s.length() - 1);
    }
}
