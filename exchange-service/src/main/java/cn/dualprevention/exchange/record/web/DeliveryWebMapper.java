package cn.dualprevention.exchange.record.web;

import cn.dualprevention.exchange.record.domain.KeptRecord;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface DeliveryWebMapper {

    @Mapping(target = "recordType", expression = "java(kept.ref().type().specName())")
    @Mapping(target = "recordId", expression = "java(kept.ref().id())")
    @Mapping(target = "updatedAt", source = "keptAt")
    @Mapping(target = "record", source = "fields")
    DeliveryResponse toResponse(KeptRecord kept);
}
