package cn.dualprevention.exchange.record.domain;

import cn.dualprevention.exchange.enterprise.domain.EnterpriseIdentity;

import java.time.Instant;
import java.time.ZoneId;

/** Record contexts for mapper tests: a known enterprise in Shanghai, created and changed at fixed times. */
final class Contexts {

    static final EnterpriseIdentity ENTERPRISE = new EnterpriseIdentity("e1", "g1", "410100001", "91410100MA44XXK123",
            ZoneId.of("Asia/Shanghai"));
    static final Instant CREATED = Instant.parse("2026-03-01T16:05:09Z");
    static final Instant UPDATED = Instant.parse("2026-03-05T02:00:00Z");

    private Contexts() {
    }

    static RecordContext fresh() {
        return of(MappingProfile.DEFAULT, false, RecordLookup.NONE);
    }

    static RecordContext of(MappingProfile profile, boolean deleted, RecordLookup lookup) {
        return new RecordContext("e1", ENTERPRISE, profile, CREATED, "zhang.wei", UPDATED, "li.na", deleted, lookup);
    }

    static Facts facts(Object... keysAndValues) {
        java.util.LinkedHashMap<String, Object> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return Facts.of(values);
    }

    static Facts with(Facts facts, Object... keysAndValues) {
        return facts.with(facts(keysAndValues));
    }
}
