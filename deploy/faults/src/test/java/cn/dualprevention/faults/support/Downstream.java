package cn.dualprevention.faults.support;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Where every acknowledged record must be, exactly once:
 * <ul>
 *   <li><b>inspection</b> — inspection-service's {@code inspection_records} (read from its database: it has no list of
 *   an enterprise's records): one document per client id, with the record id the phone was given;</li>
 *   <li><b>hazards</b> — hazard-service's ledger ({@code GET /api/v1/hazards?enterpriseId=}): one hazard per
 *   "hazard found" record, bound to it ({@code recordId}), none for a normal record;</li>
 *   <li><b>indicators</b> — assessment-service's {@code GET /api/v1/indicators?scope=enterprise} over the plant days
 *   of the records: "hazards per 100 checks" counts the checks (denominator) and the hazard-found checks
 *   (numerator) exactly;</li>
 *   <li><b>hub</b> — the sandbox receiver ({@code GET /admin/records?type=checkRecord}): one held checkRecord per
 *   record id.</li>
 * </ul>
 */
public final class Downstream implements AutoCloseable {

    private final FaultPlant plant;
    private final Api sandbox;
    private final MongoClient mongo;

    public Downstream(FaultPlant plant, FaultSuite suite) {
        this.plant = plant;
        this.sandbox = Api.at(suite.sandboxUrl());
        this.mongo = MongoClients.create(com.mongodb.MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString(suite.mongoUri()))
                .applyToClusterSettings(b -> b.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .applyToSocketSettings(b -> b.readTimeout(30, TimeUnit.SECONDS))
                .build());
    }

    /** How one place holds the acknowledged records. */
    public record Place(String name, long expected, long found, long duplicates, long losses, List<String> problems) {

        public boolean exact() {
            return duplicates == 0 && losses == 0 && found == expected;
        }

        public String cell() {
            return found + "/" + expected;
        }
    }

    /** The four places, and what else was noticed (records stored without a 2xx, hub re-sends). */
    public record Tally(Place inspection, Place hazards, Place indicators, Place hub, long storedWithout2xx,
                        long hubResends) {

        public List<Place> places() {
            return List.of(inspection, hazards, indicators, hub);
        }

        public boolean exact() {
            return places().stream().allMatch(Place::exact);
        }

        public long duplicates() {
            return places().stream().mapToLong(Place::duplicates).sum();
        }

        public long losses() {
            return places().stream().mapToLong(Place::losses).sum();
        }

        public String problems() {
            List<String> all = new ArrayList<>();
            places().forEach(p -> p.problems().stream().limit(5).forEach(x -> all.add(p.name() + ": " + x)));
            return String.join("; ", all);
        }
    }

    /** Counts every acknowledged record of the ledger in each place (a failing read is a problem of that place). */
    public Tally tally(Ledger ledger) {
        List<Ledger.Sent> acked = ledger.acknowledged();
        Set<String> ackedClientIds = new HashSet<>();
        acked.forEach(s -> ackedClientIds.add(s.clientId()));
        long[] storedUnacked = {0, 0};
        Place inspection = safely("inspection", acked.size(), () -> inspection(acked, ackedClientIds, storedUnacked));
        Place hazards = safely("hazards", acked.stream().filter(Ledger.Sent::hazardFound).count(), () -> hazards(acked));
        Place indicators = safely("indicators", acked.size(), () -> indicators(acked, storedUnacked));
        long[] resends = {0};
        Place hub = safely("hub", acked.size(), () -> hub(acked, resends));
        return new Tally(inspection, hazards, indicators, hub, storedUnacked[0], resends[0]);
    }

    private Place inspection(List<Ledger.Sent> acked, Set<String> ackedClientIds, long[] storedUnacked) {
        Map<String, List<Document>> byClientId = new HashMap<>();
        for (Document d : mongo.getDatabase("dp-inspection").getCollection("inspection_records")
                .find(Filters.eq("enterpriseId", plant.enterpriseId()))
                .projection(Projections.include("_id", "clientId", "cycleId", "status", "hazard"))) {
            if ("NOT_INSPECTED".equals(d.getString("status"))) {
                continue;
            }
            byClientId.computeIfAbsent(d.getString("clientId"), k -> new ArrayList<>()).add(d);
            if (!ackedClientIds.contains(d.getString("clientId"))) {
                storedUnacked[0]++;
                if (d.get("hazard") != null) {
                    storedUnacked[1]++;
                }
            }
        }
        long found = 0;
        long dup = 0;
        long lost = 0;
        List<String> problems = new ArrayList<>();
        for (Ledger.Sent s : acked) {
            List<Document> docs = byClientId.getOrDefault(s.clientId(), List.of());
            if (docs.isEmpty()) {
                lost++;
                problems.add("missing " + s);
            } else {
                found++;
                dup += docs.size() - 1;
                if (!docs.getFirst().getString("_id").equals(s.recordId())) {
                    problems.add("stored as " + docs.getFirst().getString("_id") + " but answered " + s);
                    lost++;
                }
            }
        }
        Map<String, Integer> perCycle = new HashMap<>();
        byClientId.values().forEach(l -> l.forEach(d -> perCycle.merge(d.getString("cycleId"), 1, Integer::sum)));
        perCycle.forEach((cycle, n) -> {
            if (n > 1) {
                problems.add(n + " records for cycle " + cycle);
            }
        });
        dup += perCycle.values().stream().mapToLong(n -> n - 1).sum();
        return new Place("inspection", acked.size(), found, dup, lost, problems);
    }

    private Place hazards(List<Ledger.Sent> acked) {
        Map<String, Integer> perRecord = new HashMap<>();
        for (JsonNode h : plant.manager().get("/api/v1/hazards?enterpriseId=" + plant.enterpriseId()).json(200)) {
            perRecord.merge(h.path("recordId").asString(""), 1, Integer::sum);
        }
        long expected = 0;
        long found = 0;
        long dup = 0;
        long lost = 0;
        List<String> problems = new ArrayList<>();
        for (Ledger.Sent s : acked) {
            int n = perRecord.getOrDefault(s.recordId(), 0);
            if (s.hazardFound()) {
                expected++;
                if (n == 0) {
                    lost++;
                    problems.add("no hazard for " + s);
                } else {
                    found++;
                }
                if (n > 1) {
                    dup += n - 1;
                    problems.add(n + " hazards for " + s);
                }
            } else if (n > 0) {
                dup += n;
                problems.add(n + " hazards for the normal " + s);
            }
        }
        return new Place("hazards", expected, found, dup, lost, problems);
    }

    private Place indicators(List<Ledger.Sent> acked, long[] storedUnacked) {
        if (acked.isEmpty()) {
            return new Place("indicators", 0, 0, 0, 0, List.of());
        }
        LocalDate from = acked.stream().map(s -> s.checkTime().atZone(FaultPlant.ZONE).toLocalDate()).min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate to = acked.stream().map(s -> s.checkTime().atZone(FaultPlant.ZONE).toLocalDate()).max(LocalDate::compareTo)
                .orElseThrow().plusDays(1);
        JsonNode ratio = plant.manager().get("/api/v1/indicators?scope=enterprise&id=" + plant.enterpriseId() + "&from=" + from
                + "&to=" + to).json(200).path("total").path("hazardsPerChecks");
        long checks = ratio.path("denominator").asLong();
        long hazardChecks = ratio.path("numerator").asLong();
        long expectedChecks = acked.size() + storedUnacked[0];
        long expectedHazards = acked.stream().filter(Ledger.Sent::hazardFound).count() + storedUnacked[1];
        long dup = Math.max(0, checks - expectedChecks) + Math.max(0, hazardChecks - expectedHazards);
        long lost = Math.max(0, expectedChecks - checks) + Math.max(0, expectedHazards - hazardChecks);
        List<String> problems = new ArrayList<>();
        if (dup + lost > 0) {
            problems.add("checks " + checks + " (expected " + expectedChecks + "), hazard-found checks " + hazardChecks
                    + " (expected " + expectedHazards + ")");
        }
        return new Place("indicators", expectedChecks, checks, dup, lost, problems);
    }

    private Place hub(List<Ledger.Sent> acked, long[] resends) {
        JsonNode answer = sandbox.get("/admin/records?profile=default&type=checkRecord&companyCode=" + plant.companyCode()
                + "&limit=100000").json(200);
        Map<String, List<JsonNode>> byId = new LinkedHashMap<>();
        for (JsonNode r : answer.path("records")) {
            byId.computeIfAbsent(r.path("id").asString(), k -> new ArrayList<>()).add(r);
        }
        long found = 0;
        long dup = 0;
        long lost = 0;
        List<String> problems = new ArrayList<>();
        for (Ledger.Sent s : acked) {
            List<JsonNode> held = byId.getOrDefault(s.recordId(), List.of()).stream()
                    .filter(r -> r.path("held").asBoolean()).toList();
            if (held.isEmpty()) {
                lost++;
                if (problems.size() < 20) {
                    problems.add("no checkRecord held for " + s);
                }
            } else {
                found++;
                dup += held.size() - 1;
                long accepted = held.getFirst().path("accepted").asLong();
                resends[0] += Math.max(0, accepted - 1);
            }
        }
        return new Place("hub", acked.size(), found, dup, lost, problems);
    }

    private static Place safely(String name, long expected, java.util.function.Supplier<Place> count) {
        try {
            return count.get();
        } catch (RuntimeException | AssertionError e) {
            return new Place(name, expected, 0, 0, expected, List.of("cannot read: " + e.getMessage()));
        }
    }

    @Override
    public void close() {
        mongo.close();
    }
}
