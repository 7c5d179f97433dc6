package cn.dualprevention.inspection.task.infrastructure;

import cn.dualprevention.inspection.task.domain.CycleUnit;
import cn.dualprevention.inspection.task.domain.InspectionTask;
import cn.dualprevention.inspection.task.domain.InspectionTasks;
import cn.dualprevention.inspection.task.domain.TaskSchedule;
import cn.dualprevention.inspection.task.domain.TaskState;
import cn.dualprevention.inspection.task.domain.WorkDayType;
import cn.dualprevention.inspection.task.domain.WorkType;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.outbox.AggregateStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

@Repository
class MongoInspectionTasks implements InspectionTasks {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    MongoInspectionTasks(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
        mongo.indexOps(InspectionTaskDocument.class).createIndex(new Index().on("history.at", Sort.Direction.ASC)
                .named("revision_at"));
    }

    @Override
    public void add(InspectionTask task, List<NewEvent> events) {
        store.insert(toDocument(task), events);
    }

    @Override
    public void update(InspectionTask task, List<NewEvent> events) {
        store.update(toDocument(task), events);
    }

    @Override
    public Optional<InspectionTask> find(String id) {
        return Optional.ofNullable(mongo.findById(id, InspectionTaskDocument.class)).map(MongoInspectionTasks::toDomain);
    }

    @Override
    public Optional<InspectionTask> ofMeasure(String measureId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("measureId").is(measureId)),
                InspectionTaskDocument.class)).map(MongoInspectionTasks::toDomain);
    }

    @Override
    public List<InspectionTask> ofEnterprise(String enterpriseId, String unitId) {
        Criteria criteria = Criteria.where("enterpriseId").is(enterpriseId);
        if (unitId != null) {
            criteria = criteria.and("unitId").is(unitId);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("_id")), InspectionTaskDocument.class).stream()
                .map(MongoInspectionTasks::toDomain).toList();
    }

    @Override
    public List<InspectionTask> changedSince(Instant since) {
        return mongo.find(Query.query(Criteria.where("history.at").gte(since)), InspectionTaskDocument.class).stream()
                .map(MongoInspectionTasks::toDomain).toList();
    }

    @Override
    public List<InspectionTask> generating() {
        Query query = Query.query(Criteria.where("state").is(TaskState.ACTIVE.name()).and("schedule").ne(null));
        return mongo.find(query, InspectionTaskDocument.class).stream().map(MongoInspectionTasks::toDomain).toList();
    }

    private static InspectionTaskDocument toDocument(InspectionTask t) {
        TaskSchedule s = t.schedule();
        InspectionTaskDocument.Schedule schedule = s == null ? null : new InspectionTaskDocument.Schedule(s.cycle(),
                s.cycleUnit().name(), s.taskStartTime(), time(s.workStartTime()), time(s.workEndTime()),
                s.workDayType().name(), s.workType().name(), s.taskNum(), s.assigneePostId(), s.assigneePersonId());
        return new InspectionTaskDocument(t.id(), t.version(), t.groupId(), t.enterpriseId(), t.measureId(),
                t.riskEventId(), t.unitId(), t.troubleshootContent(), t.measureVersion(), schedule, t.state().name(),
                t.history());
    }

    private static InspectionTask toDomain(InspectionTaskDocument d) {
        InspectionTaskDocument.Schedule s = d.schedule();
        TaskSchedule schedule = s == null ? null : new TaskSchedule(s.cycle(), CycleUnit.valueOf(s.cycleUnit()),
                s.taskStartTime(), time(s.workStartTime()), time(s.workEndTime()), WorkDayType.valueOf(s.workDayType()),
                WorkType.valueOf(s.workType()), s.taskNum(), s.assigneePostId(), s.assigneePersonId());
        return new InspectionTask(d.id(), d.version(), d.groupId(), d.enterpriseId(), d.measureId(), d.riskEventId(),
                d.unitId(), d.troubleshootContent(), d.measureVersion(), schedule, TaskState.valueOf(d.state()),
                d.history() == null ? List.of() : d.history());
    }

    private static String time(LocalTime time) {
        return time == null ? null : time.toString().length() == 5 ? time + ":00" : time.toString();
    }

    private static LocalTime time(String time) {
        return time == null ? null : LocalTime.parse(time);
    }
}
