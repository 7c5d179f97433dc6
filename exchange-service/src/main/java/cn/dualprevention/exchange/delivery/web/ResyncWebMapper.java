package cn.dualprevention.exchange.delivery.web;

import cn.dualprevention.exchange.delivery.domain.ResyncRequest;
import org.mapstruct.Mapper;

@Mapper
interface ResyncWebMapper {

    ResyncResponse toResponse(ResyncRequest request);
}
