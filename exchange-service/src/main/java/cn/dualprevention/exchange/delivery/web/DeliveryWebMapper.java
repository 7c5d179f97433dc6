package cn.dualprevention.exchange.delivery.web;

import cn.dualprevention.exchange.delivery.application.DeliveryView;
import cn.dualprevention.exchange.delivery.domain.DeliveryAttempt;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface DeliveryWebMapper {

    @Mapping(target = "receiverId", source = "delivery.receiverId")
    @Mapping(target = "recordType", expression = "java(view.delivery().ref().type().specName())")
    @Mapping(target = "recordId", expression = "java(view.delivery().ref().id())")
    @Mapping(target = "enterpriseId", source = "delivery.enterpriseId")
    @Mapping(target = "state", expression = "java(view.delivery().state().name())")
    @Mapping(target = "holdReasons", source = "delivery.reasons")
    @Mapping(target = "message", source = "delivery.message")
    @Mapping(target = "attempts", source = "delivery.attempts")
    @Mapping(target = "revision", source = "delivery.revision")
    @Mapping(target = "pendingSince", source = "delivery.pendingSince")
    @Mapping(target = "sentAt", source = "delivery.sentAt")
    @Mapping(target = "answeredAt", source = "delivery.answeredAt")
    @Mapping(target = "updatedAt", source = "delivery.updatedAt")
    @Mapping(target = "batchId", source = "delivery.batchId")
    @Mapping(target = "history", source = "delivery.history")
    DeliveryResponse toResponse(DeliveryView view);

    DeliveryResponse.Attempt toAttempt(DeliveryAttempt attempt);
}
