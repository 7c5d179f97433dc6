package cn.dualprevention.inspection.record.application;

import cn.dualprevention.inspection.record.domain.InspectionRecord;
import cn.dualprevention.inspection.record.domain.InspectionRecords;
import cn.dualprevention.inspection.record.domain.PhotoStore;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.springframework.stereotype.Service;

import java.util.List;

/** Reading records and their photos back, inside the caller's tenant. */
@Service
public class RecordQueries {

    private final InspectionRecords records;
    private final PhotoStore photos;

    public RecordQueries(InspectionRecords records, PhotoStore photos) {
        this.records = records;
        this.photos = photos;
    }

    public InspectionRecord get(String id) {
        InspectionRecord record = records.find(id).orElseThrow(() -> new NotFoundException("inspection record", id));
        CallerContext.require().requireAccess(record.groupId(), record.enterpriseId(), "inspection record", id);
        return record;
    }

    /** Every record of a cycle, a superseded NOT_INSPECTED one and its correction too, in submission order. */
    public List<InspectionRecord> ofCycle(String cycleId) {
        if (cycleId == null || cycleId.isBlank()) {
            throw new InvalidValueException("cycleId", "required", "name the cycle whose records to list");
        }
        Caller caller = CallerContext.require();
        return records.historyOfCycle(cycleId).stream().filter(r -> caller.mayAccess(r.groupId(), r.enterpriseId())).toList();
    }

    public PhotoStore.StoredPhoto photo(String id) {
        PhotoStore.StoredPhoto photo = photos.find(id).orElseThrow(() -> new NotFoundException("photo", id));
        CallerContext.require().requireAccess(photo.groupId(), photo.enterpriseId(), "photo", id);
        return photo;
    }
}
