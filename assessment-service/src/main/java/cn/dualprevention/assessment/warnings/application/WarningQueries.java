package cn.dualprevention.assessment.warnings.application;

import cn.dualprevention.assessment.warnings.domain.SignalKind;
import cn.dualprevention.assessment.warnings.domain.Warning;
import cn.dualprevention.assessment.warnings.infrastructure.WarningDocument;
import cn.dualprevention.assessment.warnings.infrastructure.WarningRepository;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.springframework.stereotype.Service;

import java.util.List;

/** Reads warnings within the caller's tenant. */
@Service
public class WarningQueries {

    private final WarningRepository warnings;

    WarningQueries(WarningRepository warnings) {
        this.warnings = warnings;
    }

    public List<Warning> list(String enterpriseId, String state, String kind) {
        Caller caller = CallerContext.require();
        if (enterpriseId != null && !caller.mayAccess(caller.groupId(), enterpriseId)) {
            throw new NotFoundException("enterprise", enterpriseId);
        }
        return warnings.list(caller.groupId(), enterpriseId, state, kind).stream()
                .filter(w -> caller.mayAccess(w.groupId(), w.enterpriseId())).map(WarningQueries::view).toList();
    }

    public Warning get(String id) {
        Caller caller = CallerContext.require();
        WarningDocument warning = warnings.find(id).orElseThrow(() -> new NotFoundException("warning", id));
        caller.requireAccess(warning.groupId(), warning.enterpriseId(), "warning", id);
        return view(warning);
    }

    private static Warning view(WarningDocument w) {
        return new Warning(w.id(), w.enterpriseId(), SignalKind.valueOf(w.kind()), w.subjectType(), w.subjectId(), w.state(),
                w.summary(), w.evidence(), w.raisedAt(), w.clearedAt(), w.raisedCount());
    }
}
