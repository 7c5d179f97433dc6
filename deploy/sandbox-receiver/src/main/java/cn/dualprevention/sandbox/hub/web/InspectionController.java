package cn.dualprevention.sandbox.hub.web;

import cn.dualprevention.sandbox.hub.application.Batch;
import cn.dualprevention.sandbox.hub.application.RecordInspection;
import cn.dualprevention.sandbox.hub.domain.HeldRecord;
import cn.dualprevention.sandbox.hub.domain.InvalidSettingException;
import cn.dualprevention.sandbox.hub.domain.RecordType;
import cn.dualprevention.sandbox.hub.domain.RejectedRecord;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** What the sandbox received (查询): {@code /admin/summary, records, rejects, duplicates, batches}. */
@RestController
@RequestMapping("/admin")
public class InspectionController {

    public record SummaryBody(List<AdminViews.SummaryView> rows) {
    }

    public record RecordsBody(long count, List<AdminViews.RecordView> records) {
    }

    public record RejectsBody(long count, List<AdminViews.RejectView> rejects) {
    }

    public record BatchView(String batchId, String profile, String type, String account, int size, String state,
                            Instant receivedAt, Long accepted, Long rejected) {
    }

    public record BatchesBody(List<BatchView> batches) {
    }

    private final RecordInspection inspection;
    private final AdminWebMapper mapper;

    InspectionController(RecordInspection inspection, AdminWebMapper mapper) {
        this.inspection = inspection;
        this.mapper = mapper;
    }

    @GetMapping("/summary")
    public SummaryBody summary(@RequestParam(required = false) String profile) {
        return new SummaryBody(mapper.toSummaryViews(inspection.summary(profile)));
    }

    @GetMapping("/records")
    public RecordsBody records(@RequestParam(required = false) String profile,
                               @RequestParam(required = false) String type,
                               @RequestParam(required = false) String companyCode,
                               @RequestParam(defaultValue = "1000") int limit) {
        RecordType t = type(type);
        return new RecordsBody(inspection.count(profile, t, companyCode),
                mapper.toRecordViews(inspection.records(profile, t, companyCode, limit(limit))));
    }

    @GetMapping("/records/{profile}/{type}/{id}")
    public ResponseEntity<AdminViews.RecordView> record(@PathVariable String profile, @PathVariable String type,
                                             @PathVariable String id) {
        return ResponseEntity.of(inspection.find(profile, type(type), id).map(mapper::toView));
    }

    @GetMapping("/rejects")
    public RejectsBody rejects(@RequestParam(required = false) String profile,
                               @RequestParam(required = false) String type,
                               @RequestParam(required = false) String id,
                               @RequestParam(required = false) String companyCode,
                               @RequestParam(defaultValue = "1000") int limit) {
        List<RejectedRecord> all = inspection.rejects(profile, type(type), id, companyCode);
        return new RejectsBody(all.size(),
                mapper.toRejectViews(all.stream().skip(Math.max(0, all.size() - limit(limit))).toList()));
    }

    @GetMapping("/duplicates")
    public RecordsBody duplicates(@RequestParam(required = false) String profile) {
        List<HeldRecord> d = inspection.duplicates(profile);
        return new RecordsBody(d.size(), mapper.toRecordViews(d));
    }

    @GetMapping("/batches")
    public BatchesBody batches(@RequestParam(required = false) String profile,
                               @RequestParam(defaultValue = "100") int limit) {
        return new BatchesBody(inspection.batches(profile, limit(limit)).stream().map(InspectionController::view)
                .toList());
    }

    @DeleteMapping("/records")
    public ResponseEntity<Void> clear(@RequestParam(required = false) String profile) {
        inspection.clear(profile);
        return ResponseEntity.noContent().build();
    }

    private static BatchView view(Batch b) {
        var outcome = b.outcome();
        return new BatchView(b.batchId(), b.profile(), b.type().code(), b.account(), b.size(), b.state().name(),
                b.receivedAt(), outcome == null ? null : outcome.accepted(), outcome == null ? null : outcome.rejected());
    }

    private static RecordType type(String type) {
        if (type == null) {
            return null;
        }
        return RecordType.byLooseName(type).orElseThrow(() -> new InvalidSettingException("type", "code",
                "unknown record type " + type));
    }

    private static int limit(int limit) {
        if (limit < 1 || limit > 100_000) {
            throw new InvalidSettingException("limit", "range", "1–100000");
        }
        return limit;
    }
}
