package cn.dualprevention.gateway.error;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document as the gateway writes it ({@code application/problem+json}).
 *
 * @param service the service the failed call was routed to (extension member), null when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String service) {
}
