package cn.dualprevention.inspection.unitstop.web;

import cn.dualprevention.inspection.unitstop.domain.UnitStop;
import org.mapstruct.Mapper;

import java.util.List;

@Mapper
interface UnitStopWebMapper {

    StopResponse toResponse(UnitStop stop);

    List<StopResponse> toResponses(List<UnitStop> stops);
}
