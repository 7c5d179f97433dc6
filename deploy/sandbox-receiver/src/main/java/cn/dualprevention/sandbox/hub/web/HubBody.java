package cn.dualprevention.sandbox.hub.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The JSON body of every hub answer. */
public record HubBody(int code, String error, String msg, String batchId,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String state, List<?> data) {
}
