package cn.dualprevention.assessment.warnings.web;

import cn.dualprevention.assessment.warnings.domain.Signal;
import cn.dualprevention.assessment.warnings.domain.Warning;
import org.mapstruct.Mapper;

@Mapper
interface WarningWebMapper {

    WarningResponse toResponse(Warning warning);

    WarningResponse.EvidenceResponse toResponse(Signal.Evidence evidence);
}
