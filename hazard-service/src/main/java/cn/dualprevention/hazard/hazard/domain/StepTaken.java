package cn.dualprevention.hazard.hazard.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A step just taken and its own fields (the event adds the full current hazard to them). */
public record StepTaken(HazardStep step, Map<String, Object> fields) {

    public StepTaken {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
