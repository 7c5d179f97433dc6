package cn.dualprevention.platform.web;

import cn.dualprevention.platform.errors.ForbiddenException;
import cn.dualprevention.platform.identity.AccessPolicy;
import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Enforces {@link AllowedRoles} on controller methods (403 problem+json when no role of the caller fits). */
public class AllowedRolesInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Caller caller = CallerContext.current().orElse(null);
        if (caller == null) {
            return true;
        }
        AllowedRoles allowed = annotationOf(method);
        if (!AccessPolicy.permits(caller, allowed, request.getMethod())) {
            throw new ForbiddenException(AccessPolicy.refusal(caller, allowed, request.getMethod()));
        }
        return true;
    }

    static AllowedRoles annotationOf(HandlerMethod method) {
        AllowedRoles onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), AllowedRoles.class);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), AllowedRoles.class);
    }
}
