package cn.dualprevention.deploy.simulator;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the simulator knows of the group, read through the API: enterprises with their people, posts, units (QR
 * token and location), risk objects (the three 包保 guarantors) and inspection tasks.
 */
public record Group(String groupId, List<Enterprise> enterprises) {

    public Group {
        enterprises = enterprises.stream().sorted(Comparator.comparing(Enterprise::companyCode)).toList();
    }

    public Optional<Enterprise> enterprise(String id) {
        return enterprises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** A person of an enterprise; {@code postIds} the posts they hold. */
    public record Person(String id, String name, String departmentId, List<String> postIds) {
    }

    public record Post(String id, String name, String departmentId) {
    }

    /** A risk analysis unit with its check-in evidence (QR token, location) and its responsible person. */
    public record Unit(String id, String name, String riskObjectId, String qrToken, Double longitude, Double latitude,
                       String responsiblePersonId, String responsibleDepartmentId) {
    }

    /** A risk analysis object; a major hazard source has its three guarantors (包保责任人). */
    public record RiskObject(String id, String name, boolean majorHazardSource, String mainPersonId,
                             String technicalPersonId, String operationalPersonId) {
    }

    /**
     * An inspection task; {@code scheduled} whether it has a schedule already, and then its assignee post or person
     * and cycle unit.
     */
    public record Task(String id, String measureId, String unitId, String content, boolean scheduled,
                       String assigneePostId, String assigneePersonId, String cycleUnit) {

        public Task(String id, String measureId, String unitId, String content, boolean scheduled) {
            this(id, measureId, unitId, content, scheduled, null, null, null);
        }
    }

    /** What a control measure says about who checks it and how (classify codes, responsible post). */
    public record Measure(String id, String classify1, String classify2, String classify3, String responsiblePostId) {
    }

    public record Enterprise(String id, String name, String companyCode, String timeZone, List<Person> people,
                             List<Post> posts, List<Unit> units, List<RiskObject> riskObjects, List<Task> tasks) {

        public Enterprise {
            people = people.stream().sorted(Comparator.comparing(Person::name).thenComparing(Person::id)).toList();
            posts = List.copyOf(posts);
            units = units.stream().sorted(Comparator.comparing(Unit::name).thenComparing(Unit::id)).toList();
            riskObjects = List.copyOf(riskObjects);
            tasks = List.copyOf(tasks);
        }

        public Map<String, Unit> unitsById() {
            return units.stream().collect(Collectors.toMap(Unit::id, Function.identity(), (a, b) -> a));
        }

        public Map<String, Person> peopleById() {
            return people.stream().collect(Collectors.toMap(Person::id, Function.identity(), (a, b) -> a));
        }

        public Optional<RiskObject> riskObject(String id) {
            return riskObjects.stream().filter(o -> o.id().equals(id)).findFirst();
        }

        public Optional<Post> post(String id) {
            return posts.stream().filter(p -> p.id().equals(id)).findFirst();
        }

        /** The people holding a post, by name. */
        public List<Person> holders(String postId) {
            return people.stream().filter(p -> p.postIds().contains(postId)).toList();
        }

        /** The people some scheduled task goes to (holders of its post, or the person named), by name. */
        public List<Person> inspectors() {
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (Task t : tasks) {
                if (t.assigneePersonId() != null) {
                    ids.add(t.assigneePersonId());
                }
                if (t.assigneePostId() != null) {
                    holders(t.assigneePostId()).forEach(p -> ids.add(p.id()));
                }
            }
            return people.stream().filter(p -> ids.contains(p.id())).toList();
        }

        /** The first holder of a post whose name contains {@code text}. */
        public Optional<Person> holderOfPostNamed(String text) {
            return posts.stream().filter(p -> p.name().contains(text)).sorted(Comparator.comparing(Post::name))
                    .flatMap(p -> holders(p.id()).stream()).findFirst();
        }
    }
}
