package cn.dualprevention.risk.riskunit.web;

import cn.dualprevention.risk.riskunit.application.CreateRiskUnit;
import cn.dualprevention.risk.riskunit.domain.RiskUnit;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface RiskUnitWebMapper {

    @Mapping(target = "version", ignore = true)
    CreateRiskUnit toCommand(RiskUnitRequest request);

    @Mapping(target = "enterpriseId", ignore = true)
    @Mapping(target = "riskLevel", ignore = true)
    CreateRiskUnit toCommand(RiskUnitUpdateRequest request);

    CreateRiskUnit.Geometry toCommand(GeometryRequest geometry);

    @Mapping(target = "riskLevelName", expression = "java(unit.riskLevel().chineseName())")
    @Mapping(target = "colour", expression = "java(unit.currentLevel().colour())")
    @Mapping(target = "longitude", source = "location.longitude")
    @Mapping(target = "latitude", source = "location.latitude")
    @Mapping(target = "geometry", expression = "java(cn.dualprevention.risk.riskunit.domain.UnitGeometry.geoJson(unit.location(), unit.area()))")
    @Mapping(target = "openHazards", expression = "java(unit.condition().openHazards().size())")
    @Mapping(target = "activeTasks", expression = "java(unit.condition().activeTaskIds().size())")
    RiskUnitResponse toResponse(RiskUnit unit);
}
