package cn.dualprevention.platform.testapp;

import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.errors.RuleViolationException;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.identity.Role;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.outbox.AggregateStore;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class DefectController {

    record NewDefect(String enterpriseId, String title, String level, String building) {
    }

    record DefectChange(String title, String level, String building, String floor) {
    }

    private final AggregateStore store;
    private final MongoTemplate mongo;

    DefectController(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    @PostMapping("/api/v1/defects")
    @ResponseStatus(HttpStatus.CREATED)
    DefectDocument report(@RequestBody NewDefect request) {
        Caller caller = CallerContext.require();
        DefectDocument defect = new DefectDocument(Ids.newId(), 1, caller.groupId(), request.enterpriseId(), request.title(),
                request.level(), "REPORTED", new DefectDocument.Location(request.building(), null));
        store.insert(defect, List.of(event("reported", defect)));
        return defect;
    }

    /** Every reader of the tenant, and the suite's services (SERVICE), which read any group's defect. */
    @GetMapping("/api/v1/defects/{id}")
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD, Role.INSPECTOR, Role.GUARANTOR,
            Role.REGULATOR_VIEWER, Role.API_CLIENT, Role.SERVICE})
    DefectDocument get(@PathVariable String id) {
        return load(id);
    }

    @PutMapping("/api/v1/defects/{id}")
    DefectDocument change(@PathVariable String id, @RequestBody DefectChange change) {
        DefectDocument d = load(id);
        DefectDocument changed = new DefectDocument(d.id(), d.version() + 1, d.groupId(), d.enterpriseId(), change.title(),
                change.level(), d.status(), new DefectDocument.Location(change.building(), change.floor()));
        store.update(changed, List.of(event("changed", changed)));
        return changed;
    }

    @PostMapping("/api/v1/defects/{id}/accept")
    DefectDocument accept(@PathVariable String id) {
        DefectDocument d = load(id);
        if (!"REPORTED".equals(d.status())) {
            throw new RuleViolationException("accept-once", "defect " + id + " is already " + d.status());
        }
        DefectDocument accepted = new DefectDocument(d.id(), d.version() + 1, d.groupId(), d.enterpriseId(), d.title(),
                d.level(), "ACCEPTED", d.location());
        store.update(accepted, List.of(event("accepted", accepted)));
        return accepted;
    }

    private DefectDocument load(String id) {
        DefectDocument d = mongo.findById(id, DefectDocument.class);
        if (d == null) {
            throw new NotFoundException("defect", id);
        }
        CallerContext.require().requireAccess(d.groupId(), d.enterpriseId(), "defect", id);
        return d;
    }

    private static NewEvent event(String what, DefectDocument d) {
        return new NewEvent("test.defect." + what + ".v1", d.groupId(), d.enterpriseId(), d.id(), d);
    }
}
