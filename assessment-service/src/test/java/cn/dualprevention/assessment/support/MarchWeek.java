package cn.dualprevention.assessment.support;

import java.time.Instant;
import java.util.List;

import static cn.dualprevention.assessment.support.History.at;

/**
 * The hand-computed history of the acceptance tests: enterprise E1 in the week of Monday 2024-03-04
 * (Asia/Shanghai) with a stopped unit, a late record, missed cycles, a missed 包保 duty, an extended deadline, a
 * late acceptance, a rejected hazard and an overdue major hazard; and enterprise E2 of the same group that did
 * every check. The expected values are worked out in the test that uses it.
 */
public final class MarchWeek {

    public final String run;
    public final String group;
    public final String e1;
    public final String e2;

    public MarchWeek(String run) {
        this.run = run;
        this.group = "g-" + run;
        this.e1 = "e1-" + run;
        this.e2 = "e2-" + run;
    }

    public String id(String name) {
        return name + "-" + run;
    }

    public History history() {
        History h = new History(group);
        h.enterprise(e1, "一号厂").enterprise(e2, "二号厂");
        // plant PL1 holds U1 and, through area AR1, U2; plant PL2 holds U3
        h.orgUnit(e1, id("PL1"), "PLANT", null).orgUnit(e1, id("AR1"), "AREA", id("PL1")).orgUnit(e1, id("PL2"), "PLANT", null);
        h.unit(e1, id("U1"), id("PL1"), id("D1"), id("P1")).unit(e1, id("U2"), id("AR1"), id("D1"), id("P4"))
                .unit(e1, id("U3"), id("PL2"), id("D2"), id("P2"))
                .unit(e2, id("U9"), id("D9"), id("P9"));
        for (String p : List.of("P1", "P3", "P4")) {
            h.person(e1, id(p), id("D1"));
        }
        h.person(e1, id("P2"), id("D2")).person(e1, id("P6"), id("D2")).person(e2, id("P9"), id("D9"));
        // risk model: U1 assessed + measure (analysed), U2 assessed without measure, U3 measure without assessment
        h.add("risk.event.created.v1", e1, id("RE1"), "riskEventId", id("RE1"), "unitId", id("U1"), "name", "泄漏");
        h.add("risk.event.assessed.v1", e1, id("RE1"), "riskEventId", id("RE1"), "unitId", id("U1"), "method", "LEC",
                "kind", "INHERENT", "score", 160, "level", "CONSIDERABLE");
        h.add("risk.event.created.v1", e1, id("RE2"), "riskEventId", id("RE2"), "unitId", id("U2"), "name", "火灾");
        h.add("risk.event.assessed.v1", e1, id("RE2"), "riskEventId", id("RE2"), "unitId", id("U2"), "method", "LS",
                "kind", "INHERENT", "score", 12, "level", "GENERAL");
        h.add("risk.event.created.v1", e1, id("RE3"), "riskEventId", id("RE3"), "unitId", id("U3"), "name", "超压");
        h.add("risk.measure.created.v1", e1, id("M1"), "measureId", id("M1"), "riskEventId", id("RE1"), "unitId", id("U1"),
                "controlMode", "INSPECTION");
        h.add("risk.measure.created.v1", e1, id("M3"), "measureId", id("M3"), "riskEventId", id("RE3"), "unitId", id("U3"),
                "controlMode", "INSPECTION");
        // U3 stopped from Wednesday 6th to Friday 8th 00:00
        h.add("inspection.unit.stopped.v1", e1, id("S1"), "stopId", id("S1"), "unitId", id("U3"), "enterpriseId", e1,
                "stopStartTime", at("2024-03-06T00:00"), "reason", "检修");
        h.add("inspection.unit.resumed.v1", e1, id("S1"), "stopId", id("S1"), "unitId", id("U3"), "enterpriseId", e1,
                "stopStartTime", at("2024-03-06T00:00"), "stopEndTime", at("2024-03-08T00:00"), "reason", "检修");
        // the Sunday before: one cycle of T1, done (belongs to the week of 26 February)
        daily(h, e1, "T1", "U1", "P1", 3, false);
        h.record(e1, id("R1-3"), id("T1-3"), id("T1"), id("U1"), id("P1"), "NORMAL", at("2024-03-03T10:00"), false, 20, List.of(id("ph1-3")));
        for (int d = 4; d <= 10; d++) {
            daily(h, e1, "T1", "U1", "P1", d, false);
            daily(h, e1, "T2", "U3", "P2", d, d == 7);
            daily(h, e2, "T9", "U9", "P9", d, false);
            h.record(e2, id("R9-" + d), id("T9-" + d), id("T9"), id("U9"), id("P9"), "NORMAL",
                    at("2024-03-%02dT09:00".formatted(d)), false, 15, List.of(id("ph9-" + d)));
        }
        // a cycle of the week cancelled by a schedule change: never due
        h.cycle(e1, id("T5-w"), id("T5"), id("U1"), "ROUTINE", id("P1"), at("2024-03-04T00:00"), at("2024-03-11T00:00"), false);
        h.add("inspection.cycle.cancelled.v1", e1, id("T5-w"), "cycleId", id("T5-w"), "taskId", id("T5"), "unitId", id("U1"),
                "enterpriseId", e1, "windowStart", at("2024-03-04T00:00"), "windowEnd", at("2024-03-11T00:00"),
                "reason", "SCHEDULE_CHANGED");
        h.cycle(e1, id("T3-w"), id("T3"), id("U1"), "OPERATIONAL", id("P3"), at("2024-03-04T00:00"), at("2024-03-11T00:00"), false);
        h.cycle(e1, id("T4-w"), id("T4"), id("U2"), "TECHNICAL", id("P4"), at("2024-03-04T00:00"), at("2024-03-11T00:00"), false);
        // T1: 4..8 on time (5th found a hazard), 9th checked late on the 10th, 10th missed
        for (int d = 4; d <= 8; d++) {
            h.record(e1, id("R1-" + d), id("T1-" + d), id("T1"), id("U1"), id("P1"), d == 5 ? "HAZARD_FOUND" : "NORMAL",
                    at("2024-03-%02dT10:00".formatted(d)), false, 20, List.of(id("ph1-" + d)));
        }
        h.record(e1, id("R1-9"), id("T1-9"), id("T1"), id("U1"), id("P1"), "NORMAL", at("2024-03-10T09:00"), true, 20, List.of(id("ph1-9")));
        h.missed(e1, id("T1-10"), id("T1"), id("U1"), at("2024-03-11T00:00"));
        // T2 on the stopped unit: 4, 5, 8, 9 done; 6 and 7 suspended; 10 missed
        for (int d : new int[] {4, 5, 8, 9}) {
            h.record(e1, id("R2-" + d), id("T2-" + d), id("T2"), id("U3"), id("P2"), "NORMAL",
                    at("2024-03-%02dT11:00".formatted(d)), false, 30, List.of(id("ph2-" + d)));
        }
        h.missed(e1, id("T2-10"), id("T2"), id("U3"), at("2024-03-11T00:00"));
        // 包保: operational duty done with a hazard found, technical duty missed
        h.record(e1, id("R3"), id("T3-w"), id("T3"), id("U1"), id("P3"), "HAZARD_FOUND", at("2024-03-06T14:00"), false, 10, List.of(id("ph3")));
        h.missed(e1, id("T4-w"), id("T4"), id("U2"), at("2024-03-11T00:00"));
        // hazards
        h.hazard("hazard.registered.v1", e1, id("H1"), id("U1"), "GENERAL", "REMEDIATING", id("P1"), at("2024-03-05T11:00"), null, null, id("P1"), null);
        h.hazard("hazard.accepted.v1", e1, id("H1"), id("U1"), "GENERAL", "ACCEPTED", id("P1"), at("2024-03-05T11:00"), null, null, id("P1"), at("2024-03-05T15:00"));
        h.hazard("hazard.registered.v1", e1, id("H2"), id("U1"), "MAJOR", "REMEDIATING", id("P3"), at("2024-03-06T15:00"),
                at("2024-03-08T00:00"), at("2024-03-08T00:00"), id("P3"), null);
        h.hazard("hazard.registered.v1", e1, id("H3"), id("U2"), "GENERAL", "REMEDIATING", id("P6"), at("2024-03-07T09:00"),
                at("2024-03-08T18:00"), at("2024-03-08T18:00"), id("P4"), null);
        h.hazard("hazard.extension-decided.v1", e1, id("H3"), id("U2"), "GENERAL", "REMEDIATING", id("P6"), at("2024-03-07T09:00"),
                at("2024-03-09T18:00"), at("2024-03-08T18:00"), id("P4"), null);
        h.hazard("hazard.accepted.v1", e1, id("H3"), id("U2"), "GENERAL", "ACCEPTED", id("P6"), at("2024-03-07T09:00"),
                at("2024-03-09T18:00"), at("2024-03-08T18:00"), id("P4"), at("2024-03-09T12:00"));
        h.hazard("hazard.registered.v1", e1, id("H4"), id("U1"), "GENERAL", "REMEDIATING", id("P1"), at("2024-03-07T10:00"),
                at("2024-03-08T12:00"), at("2024-03-08T12:00"), id("P1"), null);
        h.hazard("hazard.accepted.v1", e1, id("H4"), id("U1"), "GENERAL", "ACCEPTED", id("P1"), at("2024-03-07T10:00"),
                at("2024-03-08T12:00"), at("2024-03-08T12:00"), id("P1"), at("2024-03-09T10:00"));
        h.hazard("hazard.registered.v1", e1, id("H5"), id("U3"), "GENERAL", "AWAITING_CONFIRMATION", id("P2"), at("2024-03-08T09:00"), null, null, null, null);
        h.hazard("hazard.rejected.v1", e1, id("H5"), id("U3"), "GENERAL", "REJECTED", id("P2"), at("2024-03-08T09:00"), null, null, null, null);
        h.hazard("hazard.registered.v1", e1, id("H6"), id("U2"), "GENERAL", "REMEDIATING", id("P4"), at("2024-02-20T10:00"),
                at("2024-03-01T00:00"), at("2024-03-01T00:00"), id("P4"), null);
        return h;
    }

    private void daily(History h, String enterprise, String task, String unit, String person, int day, boolean suspended) {
        Instant start = at("2024-03-%02dT00:00".formatted(day));
        h.cycle(enterprise, id(task + "-" + day), id(task), id(unit), "ROUTINE", id(person), start,
                start.plusSeconds(86_400), suspended);
    }
}
