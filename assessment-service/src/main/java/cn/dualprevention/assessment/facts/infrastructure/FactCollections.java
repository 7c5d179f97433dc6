package cn.dualprevention.assessment.facts.infrastructure;

import java.util.List;

/** The base names of the fact collections; a generation {@code n} lives in {@code f<n>_<base>}. */
final class FactCollections {

    static final String ENTERPRISES = "enterprises";
    static final String UNITS = "units";
    static final String STOPS = "stops";
    static final String TASKS = "tasks";
    static final String CYCLES = "cycles";
    static final String MISSED = "missed";
    static final String RECORDS = "records";
    static final String HAZARDS = "hazards";
    static final String RISK_EVENTS = "risk_events";
    static final String ASSESSMENTS = "risk_assessments";
    static final String MEASURES = "measures";
    static final String PEOPLE = "people";
    static final String RISK_OBJECTS = "risk_objects";
    static final String ORG_UNITS = "org_units";
    static final String CANCELLED = "cancelled_cycles";

    static final List<String> ALL = List.of(ENTERPRISES, UNITS, STOPS, TASKS, CYCLES, MISSED, RECORDS, HAZARDS,
            RISK_EVENTS, ASSESSMENTS, MEASURES, PEOPLE, RISK_OBJECTS, ORG_UNITS, CANCELLED);

    private FactCollections() {
    }

    static String physical(int generation, String base) {
        return "f" + generation + "_" + base;
    }
}
