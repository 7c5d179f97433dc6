package cn.dualprevention.inspection.cycle.web;

import cn.dualprevention.inspection.cycle.application.Inbox;
import cn.dualprevention.inspection.cycle.domain.InspectionCycle;
import org.mapstruct.Mapper;

@Mapper
interface CycleWebMapper {

    CycleResponse toResponse(InspectionCycle cycle);

    InboxResponse toResponse(Inbox inbox);
}
