package cn.dualprevention.deploy.demo;

import java.util.Map;

/**
 * One request of the DemoLoader list: {@code name}, {@code method}, {@code path}, {@code as} (a demo user of the
 * development issuer), {@code body}, {@code capture} (variable → top-level response field) and, for inspection task
 * schedules only, {@code await} (ISO-8601 duration to keep retrying a 404 while the task is still being defined
 * from its measure's event; see README "Inspection task schedules").
 */
public record DemoRequest(String name, String method, String path, String as, Map<String, Object> body,
                          Map<String, String> capture, String await) {

    public static DemoRequest post(String name, String path, String as, Map<String, Object> body, String captureVar) {
        return new DemoRequest(name, "POST", path, as, body, captureVar == null ? Map.of() : Map.of(captureVar, "id"), null);
    }

    /** The variable this request captures (its response's {@code id}), or null. */
    public String capturedVariable() {
        return capture.isEmpty() ? null : capture.keySet().iterator().next();
    }
}
