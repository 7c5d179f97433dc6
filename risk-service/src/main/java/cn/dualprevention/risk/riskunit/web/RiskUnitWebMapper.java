package cn.dualprevention.risk.riskunit.web;

import cn.dualprevention.risk.riskunit.application.CreateRiskUnit;
import cn.dualprevention.risk.riskunit.domain.RiskUnit;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface RiskUnitWebMapper {

    CreateRiskUnit toCommand(RiskUnitRequest request);

    @Mapping(target = "riskLevelName", expression = "java(unit.riskLevel().chineseName())")
    @Mapping(target = "colour", expression = "java(unit.riskLevel().colour())")
    @Mapping(target = "longitude", source = "location.longitude")
    @Mapping(target = "latitude", source = "location.latitude")
    RiskUnitResponse toResponse(RiskUnit unit);
}
