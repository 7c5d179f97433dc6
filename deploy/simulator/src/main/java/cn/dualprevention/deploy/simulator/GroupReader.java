package cn.dualprevention.deploy.simulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Reads the {@link Group} through the API, as a group administrator. */
public final class GroupReader {

    private final Api api;
    private final Identity admin;

    public GroupReader(Api api, Identity admin) {
        this.api = api;
        this.admin = admin;
    }

    public Group read() {
        JsonNode list = api.get("/api/v1/enterprises", admin).require("listing the enterprises");
        List<Group.Enterprise> enterprises = new ArrayList<>();
        String groupId = admin.groupId();
        for (JsonNode e : list) {
            if (!e.path("groupId").asString("").isBlank()) {
                groupId = e.path("groupId").asString();
            }
            enterprises.add(enterprise(e));
        }
        return new Group(groupId, enterprises);
    }

    /** The tasks of one enterprise as they are now. */
    public List<Group.Task> tasks(String enterpriseId) {
        List<Group.Task> tasks = new ArrayList<>();
        for (JsonNode t : api.get("/api/v1/inspection-tasks?enterpriseId=" + q(enterpriseId), admin).require("listing tasks")) {
            if ("RETIRED".equals(t.path("state").asString(""))) {
                continue;
            }
            JsonNode schedule = t.path("schedule");
            boolean scheduled = schedule.isObject();
            tasks.add(new Group.Task(t.path("id").asString(), t.path("measureId").asString(), text(t, "unitId"),
                    t.path("troubleshootContent").asString(""), scheduled,
                    scheduled ? text(schedule, "assigneePostId") : null, scheduled ? text(schedule, "assigneePersonId") : null,
                    scheduled ? text(schedule, "cycleUnit") : null));
        }
        return tasks;
    }

    public Group.Measure measure(String measureId) {
        JsonNode m = api.get("/api/v1/control-measures/" + q(measureId), admin).require("reading measure " + measureId);
        return new Group.Measure(m.path("id").asString(), text(m, "classify1"), text(m, "classify2"), text(m, "classify3"),
                text(m, "responsiblePostId"));
    }

    private Group.Enterprise enterprise(JsonNode e) {
        String id = e.path("id").asString();
        String q = "?enterpriseId=" + q(id);
        List<Group.Person> people = new ArrayList<>();
        for (JsonNode p : api.get("/api/v1/org/people" + q, admin).require("listing people")) {
            List<String> posts = new ArrayList<>();
            p.path("postIds").forEach(n -> posts.add(n.asString()));
            people.add(new Group.Person(p.path("id").asString(), p.path("name").asString(""), text(p, "departmentId"), posts));
        }
        List<Group.Post> posts = new ArrayList<>();
        for (JsonNode p : api.get("/api/v1/org/posts" + q, admin).require("listing posts")) {
            posts.add(new Group.Post(p.path("id").asString(), p.path("name").asString(""), text(p, "departmentId")));
        }
        List<Group.Unit> units = new ArrayList<>();
        for (JsonNode u : api.get("/api/v1/risk-units" + q, admin).require("listing units")) {
            units.add(new Group.Unit(u.path("id").asString(), u.path("name").asString(""), text(u, "riskObjectId"),
                    text(u, "qrToken"), number(u, "longitude"), number(u, "latitude"), text(u, "responsiblePersonId"),
                    text(u, "responsibleDepartmentId")));
        }
        List<Group.RiskObject> objects = new ArrayList<>();
        for (JsonNode o : api.get("/api/v1/risk-objects" + q, admin).require("listing risk objects")) {
            objects.add(new Group.RiskObject(o.path("id").asString(), o.path("name").asString(""),
                    o.path("majorHazardSource").asBoolean(false), text(o, "mainResponsiblePersonId"),
                    text(o, "technicalResponsiblePersonId"), text(o, "operationalResponsiblePersonId")));
        }
        return new Group.Enterprise(id, e.path("name").asString(""), e.path("companyCode").asString(id),
                e.path("timeZone").asString("Asia/Shanghai"), people, posts, units, objects, tasks(id));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static Double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isNumber() ? null : v.asDouble();
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
