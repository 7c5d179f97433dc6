package cn.dualprevention.deploy.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tiny stand-in for the suite behind the gateway: two enterprises with a field operator, a workshop director and
 * a safety director each, one unit, two inspection tasks that appear one after the other (as from events), cycles
 * from the schedules in the simulated clock, records with the real service's window rules, hazards with their
 * state machine (the acceptor must not be the rectifier), unit stops suspending cycles.
 */
final class FakeSuite implements Api {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Gas detector tasks per enterprise (checked every 4 hours 08:00–20:00). */
    static final int GAS_TASKS = 8;

    record Schedule(String cycleUnit, int cycle, String postId) {
    }

    record Record(String enterpriseId, String cycleId, String personId, String status, Instant checkTime, boolean late,
                  double latitude, boolean qr, boolean photo) {
    }

    final SimulatedTime clock;
    final Map<String, Schedule> schedules = new ConcurrentHashMap<>();
    final Map<String, Record> records = new ConcurrentHashMap<>();
    final Map<String, ObjectNode> hazards = new ConcurrentHashMap<>();
    final Map<String, String> rectifiers = new ConcurrentHashMap<>();
    final List<String> unitStops = new CopyOnWriteArrayList<>();
    /** 停用检修 / 恢复 in the risk register: "stop e1-u at …", "resume e1-u at …". */
    final List<String> registerStops = new CopyOnWriteArrayList<>();
    final List<String> refusals = new CopyOnWriteArrayList<>();
    final AtomicInteger taskListings = new AtomicInteger();
    volatile Instant stopStart;
    volatile Instant stopEnd;

    FakeSuite(SimulatedTime clock) {
        this.clock = clock;
    }

    @Override
    public Identity demoUser(String login) {
        return new Identity("admin", "g1", List.of("*"), List.of("GROUP_ADMIN"), login);
    }

    @Override
    public synchronized Reply call(String method, String path, Object body, Identity caller) {
        JsonNode json = body == null ? null : JSON.valueToTree(body);
        String p = path.replaceAll("\\?.*", "");
        String e = path.contains("enterpriseId=") ? path.replaceAll(".*enterpriseId=([^&]*).*", "$1") : null;
        if (!caller.roles().contains("GROUP_ADMIN") && e != null && !caller.enterprises().contains(e)) {
            return reply(404, "{}");
        }
        return switch (method + " " + p) {
            case "GET /api/v1/enterprises" -> reply(200, """
                    [{"id":"e1","groupId":"g1","name":"一号公司","companyCode":"410800001","timeZone":"Asia/Shanghai"},
                     {"id":"e2","groupId":"g1","name":"二号公司","companyCode":"410800002","timeZone":"Asia/Shanghai"}]""");
            case "GET /api/v1/org/people" -> reply(200, """
                    [{"id":"%1$s-op","name":"外操","departmentId":"w","postIds":["%1$s-p-op"]},
                     {"id":"%1$s-head","name":"车间主任","departmentId":"w","postIds":["%1$s-p-head"]},
                     {"id":"%1$s-safety","name":"安全总监","departmentId":"s","postIds":["%1$s-p-safety"]}]""".formatted(e));
            case "GET /api/v1/org/posts" -> reply(200, """
                    [{"id":"%1$s-p-op","name":"现场外操"},{"id":"%1$s-p-head","name":"车间主任"},
                     {"id":"%1$s-p-safety","name":"安全总监"}]""".formatted(e));
            case "GET /api/v1/risk-units" -> reply(200, """
                    [{"id":"%1$s-u","name":"LNG储罐","qrToken":"qr-%1$s","longitude":113.2,"latitude":35.2,
                      "responsiblePersonId":"%1$s-head"}]""".formatted(e));
            case "GET /api/v1/risk-objects", "GET /api/v1/warnings", "GET /api/v1/scores" -> reply(200, "[]");
            case "POST /api/v1/warnings/scans" -> reply(200, "{}");
            case "GET /api/v1/inspection-tasks" -> tasks(e);
            case "POST /api/v1/inspection-records" -> record(json, caller);
            case "GET /api/v1/me/inbox" -> inbox(caller);
            case "POST /api/v1/unit-stops" -> {
                unitStops.add(json.path("unitId").asString());
                stopStart = Instant.parse(json.path("start").asString());
                stopEnd = Instant.parse(json.path("end").asString());
                yield reply(201, "{}");
            }
            case "GET /api/v1/hazards" -> {
                ArrayNode list = JSON.createArrayNode();
                hazards.values().stream().filter(h -> h.path("enterpriseId").asString().equals(e)).forEach(list::add);
                yield new Reply(200, list);
            }
            default -> other(method, p, json, caller);
        };
    }

    private Reply other(String method, String p, JsonNode json, Identity caller) {
        if (p.startsWith("/api/v1/control-measures/")) {
            String id = p.substring(p.lastIndexOf('/') + 1);
            String e = id.substring(2, 4);
            return id.contains("gas") ? reply(200, "{\"id\":\"" + id + "\",\"classify1\":\"1\",\"classify2\":\"1-4\",\"classify3\":\"可燃气体检测\",\"responsiblePostId\":\"" + e + "-p-op\"}")
                    : reply(200, "{\"id\":\"" + id + "\",\"classify1\":\"3\",\"classify2\":\"3-3\",\"classify3\":\"交接班\",\"responsiblePostId\":\"" + e + "-p-op\"}");
        }
        if (method.equals("PUT") && p.endsWith("/schedule")) {
            String task = p.split("/")[4];
            schedules.put(task, new Schedule(json.path("cycleUnit").asString(), json.path("cycle").asInt(),
                    json.path("assigneePostId").asString()));
            return reply(200, "{}");
        }
        if (method.equals("POST") && p.startsWith("/api/v1/hazards/")) {
            return hazardStep(p.split("/")[4], p.split("/")[5], caller);
        }
        if (method.equals("POST") && p.startsWith("/api/v1/risk-units/") && (p.endsWith("/stop") || p.endsWith("/resume"))) {
            registerStops.add(p.split("/")[5] + " " + p.split("/")[4] + " at " + clock.now());
            return reply(200, "{}");
        }
        throw new AssertionError("unexpected call " + method + " " + p);
    }

    private Reply tasks(String e) {
        // tasks come from the measures' events one after the other: the first listing shows only one
        boolean both = taskListings.incrementAndGet() > 2;
        ArrayNode list = JSON.createArrayNode();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < (both ? GAS_TASKS : 1); i++) {
            names.add(e + "-gas" + i);
        }
        if (both) {
            names.add(e + "-handover");
        }
        for (String t : names) {
            ObjectNode task = list.addObject();
            task.put("id", "t-" + t).put("measureId", "m-" + t).put("unitId", e + "-u").put("state", "ACTIVE")
                    .put("troubleshootContent", t.contains("gas") ? "可燃气体检测报警器" + t : "交接班记录");
            Schedule s = schedules.get("t-" + t);
            if (s != null) {
                task.putObject("schedule").put("cycleUnit", s.cycleUnit()).put("assigneePostId", s.postId());
            }
        }
        return new Reply(200, list);
    }

    /** The windows of a task around {@code now}: from yesterday to tomorrow. */
    List<Instant[]> windows(String taskId, Instant now) {
        Schedule s = schedules.get(taskId);
        List<Instant[]> windows = new ArrayList<>();
        LocalDate today = now.atZone(ZONE).toLocalDate();
        for (LocalDate d = today.minusDays(1); !d.isAfter(today.plusDays(1)); d = d.plusDays(1)) {
            if (s.cycleUnit().equals("HOUR")) {
                for (int h = 8; h < 20; h += s.cycle()) {
                    Instant start = d.atTime(LocalTime.of(h, 0)).atZone(ZONE).toInstant();
                    windows.add(new Instant[]{start, start.plus(Duration.ofHours(s.cycle()))});
                }
            } else {
                Instant start = d.atStartOfDay(ZONE).toInstant();
                windows.add(new Instant[]{start, start.plus(Duration.ofDays(1))});
            }
        }
        return windows;
    }

    private Reply inbox(Identity caller) {
        Instant now = clock.now();
        String e = caller.enterprises().get(0);
        ObjectNode inbox = JSON.createObjectNode();
        ArrayNode due = inbox.putArray("dueNow");
        ArrayNode upcoming = inbox.putArray("upcoming");
        ArrayNode overdue = inbox.putArray("overdue");
        for (Map.Entry<String, Schedule> s : schedules.entrySet()) {
            if (!s.getKey().startsWith("t-" + e) || !s.getValue().postId().equals(e + "-p-op") || !caller.userId().equals(e + "-op")) {
                continue;
            }
            for (Instant[] w : windows(s.getKey(), now)) {
                String cycleId = s.getKey() + "@" + w[0];
                if (records.containsKey(cycleId) || suspended(s.getKey(), w)) {
                    continue;
                }
                ArrayNode into = w[1].isBefore(now) ? (w[1].isAfter(now.minus(Duration.ofHours(1))) ? overdue : null)
                        : w[0].isAfter(now) ? (w[0].isBefore(now.plus(Duration.ofHours(24))) ? upcoming : null) : due;
                if (into != null) {
                    ObjectNode c = into.addObject();
                    c.put("id", cycleId).put("taskId", s.getKey()).put("unitId", e + "-u").put("workType", "ROUTINE")
                            .put("troubleshootContent", s.getKey().contains("gas") ? "可燃气体检测报警器" + s.getKey().substring(2) : "交接班记录")
                            .put("windowStart", w[0].toString()).put("windowEnd", w[1].toString());
                    c.putArray("assigneePersonIds").add(e + "-op");
                }
            }
        }
        return new Reply(200, inbox);
    }

    private boolean suspended(String taskId, Instant[] w) {
        return taskId.startsWith("t-e1") && stopStart != null && w[0].isBefore(stopEnd) && w[1].isAfter(stopStart);
    }

    private Reply record(JsonNode r, Identity caller) {
        String cycleId = r.path("cycleId").asString();
        String taskId = cycleId.substring(0, cycleId.indexOf('@'));
        Instant start = Instant.parse(cycleId.substring(cycleId.indexOf('@') + 1));
        Instant[] window = windows(taskId, start).stream().filter(w -> w[0].equals(start)).findFirst().orElseThrow();
        Instant checkTime = Instant.parse(r.path("checkTime").asString());
        if (!caller.userId().equals(caller.enterprises().get(0) + "-op")) {
            return refuse(409, "not-assigned");
        }
        if (suspended(taskId, window)) {
            return refuse(409, "cycle-suspended");
        }
        if (checkTime.isBefore(window[0])) {
            return refuse(400, "inside-window");
        }
        if (checkTime.isAfter(clock.now().plus(Duration.ofMinutes(10)))) {
            return refuse(400, "not-in-future");
        }
        if (records.containsKey(cycleId)) {
            return refuse(409, "cycle-closed");
        }
        boolean late = !checkTime.isBefore(window[1]);
        String e = caller.enterprises().get(0);
        records.put(cycleId, new Record(e, cycleId, caller.userId(), r.path("status").asString(), checkTime, late,
                r.path("latitude").asDouble(), r.hasNonNull("qrToken"), r.has("photos")));
        String recordId = "r-" + records.size();
        if ("HAZARD_FOUND".equals(r.path("status").asString())) {
            ObjectNode h = JSON.createObjectNode();
            h.put("id", "h-" + recordId).put("recordId", recordId).put("enterpriseId", e).put("state", "AWAITING_CONFIRMATION");
            hazards.put("h-" + recordId, h);
        }
        return reply(201, "{\"recordId\":\"" + recordId + "\",\"late\":" + late + "}");
    }

    private Reply hazardStep(String id, String step, Identity caller) {
        ObjectNode h = hazards.get(id);
        String state = h.path("state").asString();
        String next = switch (step + " " + state) {
            case "confirm AWAITING_CONFIRMATION" -> "CONFIRMED";
            case "fix-on-the-spot AWAITING_CONFIRMATION", "fix-on-the-spot CONFIRMED", "submit REMEDIATING" -> {
                rectifiers.put(id, caller.userId());
                yield "AWAITING_ACCEPTANCE";
            }
            case "plan CONFIRMED" -> "REMEDIATING";
            case "accept AWAITING_ACCEPTANCE" -> caller.userId().equals(rectifiers.get(id)) ? null : "ACCEPTED";
            default -> null;
        };
        if (next == null) {
            return refuse(409, "requires-other-state");
        }
        h.put("state", next);
        return reply(200, h.toString());
    }

    private Reply refuse(int status, String rule) {
        refusals.add(rule);
        return reply(status, "{\"status\":" + status + ",\"rule\":\"" + rule + "\"}");
    }

    private static Reply reply(int status, String json) {
        return Reply.of(status, json);
    }
}
