package cn.dualprevention.inspection.record.web;

import cn.dualprevention.inspection.record.application.RecordSubmission;
import cn.dualprevention.inspection.record.application.SubmissionOutcome;
import cn.dualprevention.inspection.record.domain.InspectionRecord;
import org.mapstruct.Mapper;

import java.util.List;

@Mapper
interface RecordWebMapper {

    RecordSubmission toSubmission(RecordRequest request);

    List<RecordSubmission> toSubmissions(List<RecordRequest> requests);

    OutcomeResponse toResponse(SubmissionOutcome outcome);

    List<OutcomeResponse> toResponses(List<SubmissionOutcome> outcomes);

    RecordResponse toResponse(InspectionRecord record);
}
