package cn.dualprevention.assessment.facts.infrastructure;

import java.util.Map;

/**
 * One version-guarded write of a fact document: set {@code fields} on {@code id} in fact collection
 * {@code collection} (a base name; the generation decides the physical collection) when the stored
 * source version is older than {@code version}.
 */
record FactWrite(String collection, String id, long version, Map<String, Object> fields) {
}
