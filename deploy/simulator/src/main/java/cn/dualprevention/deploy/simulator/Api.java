package cn.dualprevention.deploy.simulator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** The suite's public API as the simulator uses it (through the gateway, with the caller's token). */
public interface Api {

    JsonMapper JSON = JsonMapper.builder().build();

    /** {@code body} is any value Jackson writes (a map, a record) or null. */
    Reply call(String method, String path, Object body, Identity caller);

    default Reply get(String path, Identity caller) {
        return call("GET", path, null, caller);
    }

    default Reply post(String path, Object body, Identity caller) {
        return call("POST", path, body, caller);
    }

    default Reply put(String path, Object body, Identity caller) {
        return call("PUT", path, body, caller);
    }

    /** A token for a demo user of the development issuer (e.g. {@code wang.fang}): the start of the discovery. */
    Identity demoUser(String login);

    /** What came back: status and the JSON body (missing when none). */
    record Reply(int status, JsonNode json) {

        public static Reply of(int status, String body) {
            JsonNode json;
            try {
                json = body == null || body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
            } catch (RuntimeException e) {
                json = JSON.getNodeFactory().stringNode(body);
            }
            return new Reply(status, json);
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The {@code rule} of a problem+json answer (first error's rule or the top-level one), or "". */
        public String rule() {
            JsonNode errors = json.path("errors");
            if (errors.isArray() && !errors.isEmpty()) {
                return errors.get(0).path("rule").asString("");
            }
            return json.path("rule").asString("");
        }

        /** The JSON body of a 2xx answer; otherwise an {@link ApiException}. */
        public JsonNode require(String what) {
            if (!ok()) {
                throw new ApiException(what + " answered " + status + ": " + json);
            }
            return json;
        }
    }

    /** A call that had to succeed did not. */
    final class ApiException extends RuntimeException {
        public ApiException(String message) {
            super(message);
        }
    }
}
