package cn.dualprevention.risk.enterprise.web;

import cn.dualprevention.risk.enterprise.application.RegisterEnterprise;
import cn.dualprevention.risk.enterprise.domain.Enterprise;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface EnterpriseWebMapper {

    RegisterEnterprise toCommand(EnterpriseRequest request);

    @Mapping(target = "uscc", source = "uscc.value")
    @Mapping(target = "timeZone", expression = "java(enterprise.timeZone().getId())")
    EnterpriseResponse toResponse(Enterprise enterprise);
}
