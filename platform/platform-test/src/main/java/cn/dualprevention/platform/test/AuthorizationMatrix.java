package cn.dualprevention.platform.test;

import org.junit.jupiter.api.DynamicTest;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The authorization matrix (授权矩阵) of issue 8: generated from a running service's own OpenAPI document
 * ({@code /v3/api-docs}), it calls EVERY operation (path × method) with no token, and as every role × the own
 * tenant, a foreign group and (when the own tenant is scoped to enterprises) a sibling enterprise of the same
 * group, and checks the outcome:
 *
 * <ul>
 *   <li>no token → {@code 401} problem+json; a token claiming the group {@code *} (every group) without the role
 *       {@code SERVICE} → {@code 401} problem+json;</li>
 *   <li>{@code REGULATOR_VIEWER} on a write, or a role not in the operation's {@code x-dp-roles} → {@code 403}
 *       problem+json (and {@code x-dp-roles} must exist and never name the viewer on a write);</li>
 *   <li>a foreign tenant on a path naming one of the own tenant's objects → {@code 404} problem+json — never
 *       2xx, never 403, never an answer that differs from the one for an id that does not exist;</li>
 *   <li>the own tenant with an allowed role → neither 401, 403, 404 nor 5xx (400 for the empty body is fine);</li>
 *   <li>list reads (no path variable) by a foreign tenant never contain an id of the fixture;</li>
 *   <li>{@code SERVICE}, a suite service's own token ({@link Tenant#SUITE}: group {@code *}, every enterprise) →
 *       {@code 403} problem+json on every operation whose {@code x-dp-roles} does not name it (the default policy
 *       never does); where it does, it reaches the own tenant's objects like the own tenant's allowed roles.</li>
 * </ul>
 *
 * <p>Path variables come from the fixture: {@link #id} for the own tenant's objects (created through the API
 * before the run), {@link #value} for plain values (a week, a method code). A variable the fixture does not
 * know gets a random id, and then everyone who passes the role check must get {@code 404} (or {@code 400}) —
 * so a new endpoint without fixture is still covered by the 401/403 checks and cannot escape. Required query
 * parameters come from {@link #query} (or a random value). Operations can be {@link #exempt exempted} from
 * the tenant checks only with a reason, and cells can be marked {@link #knownFailure known failures} only with
 * a reason; both are listed in the report. A known failure that no longer fails is itself a failure.
 *
 * <p>Cells run in an order that keeps the fixture alive: everything that must not change anything first,
 * then the own tenant's writes, deletions last. After an own-tenant {@code DELETE} succeeded, the same
 * operation answers {@code 404} to the next roles (gone) unless {@link #fresh} supplies a new object per cell.
 *
 * <pre>{@code
 * AuthorizationMatrix.of(base, group, enterpriseId)
 *     .id("enterpriseId", enterpriseId).id("id", unitId)
 *     .query("enterpriseId", enterpriseId)
 *     .exempt("POST", "/api/v1/receipts/{receiverId}", "regulator callback, signed, no caller token")
 *     .run().dynamicTests();
 * }</pre>
 */
public final class AuthorizationMatrix {

    /** The platform's role names (cn.dualprevention.platform.identity.Role), in declaration order. */
    public static final List<String> ROLES = List.of("GROUP_ADMIN", "SAFETY_MANAGER", "DEPARTMENT_HEAD", "INSPECTOR",
            "GUARANTOR", "REGULATOR_VIEWER", "API_CLIENT", "SERVICE");
    /** The roles of a tenant's callers (people and machine clients): every role but SERVICE, which has no tenant. */
    public static final List<String> TENANT_ROLES = ROLES.stream().filter(r -> !"SERVICE".equals(r)).toList();
    /** The user (token subject) of every own-tenant caller, e.g. to assign the fixture's work to it. */
    public static final String OWN_USER = "matrix.own";
    private static final String VIEWER = "REGULATOR_VIEWER";
    private static final String SERVICE = "SERVICE";
    /** The token subject of the suite service's cells. */
    public static final String SERVICE_CLIENT = "matrix.service";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Whose token a cell carries. */
    public enum Tenant {
        /** No Authorization header at all. */
        NONE,
        /** The group and enterprises that own the fixture. */
        OWN,
        /** Another group, with every enterprise of it ({@code "*"}). */
        FOREIGN_GROUP,
        /** The own group, but only an enterprise that does not own the fixture. */
        FOREIGN_ENTERPRISE,
        /** A suite service's own token (role {@code SERVICE}): the group {@code *}, every enterprise. */
        SUITE,
        /** A token claiming the group {@code *} (every group) without the role {@code SERVICE}: refused. */
        EVERY_GROUP_WITHOUT_SERVICE
    }

    private final String baseUrl;
    private final String ownGroup;
    private final List<String> ownEnterprises;
    private String foreignGroup = "matrix-foreign-group-" + UUID.randomUUID();
    private String siblingEnterprise = "matrix-sibling-enterprise-" + UUID.randomUUID();
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> queries = new LinkedHashMap<>();
    private final Map<String, String> bodies = new HashMap<>();
    private final Map<String, String> operationQueries = new HashMap<>();
    private final Map<String, String> nonBearer = new LinkedHashMap<>();
    private final Map<String, String> exemptions = new LinkedHashMap<>();
    private final Map<String, Supplier<Map<String, String>>> freshObjects = new HashMap<>();
    private final List<KnownFailure> knownFailures = new ArrayList<>();
    private final Set<String> ownedIds = new LinkedHashSet<>();

    private AuthorizationMatrix(String baseUrl, String ownGroup, List<String> ownEnterprises) {
        this.baseUrl = baseUrl;
        this.ownGroup = ownGroup;
        this.ownEnterprises = ownEnterprises;
    }

    /** The matrix of the service at {@code baseUrl}, whose fixture belongs to that group and enterprises. */
    public static AuthorizationMatrix of(String baseUrl, String ownGroup, String... ownEnterprises) {
        if (ownEnterprises.length == 0) {
            throw new IllegalArgumentException("name the own tenant's enterprises (\"*\" for every one)");
        }
        return new AuthorizationMatrix(baseUrl, ownGroup, List.of(ownEnterprises));
    }

    /** An id of an object the own tenant created, for the path variable of that name in every operation. */
    public AuthorizationMatrix id(String variable, String objectId) {
        ids.put(variable, objectId);
        ownedIds.add(objectId);
        return this;
    }

    /** An id of an own object for that variable in the operations of one path template only (wins over {@link #id(String, String)}). */
    public AuthorizationMatrix id(String template, String variable, String objectId) {
        ids.put(template + "#" + variable, objectId);
        ownedIds.add(objectId);
        return this;
    }

    /** A plain value (not an object of the own tenant) for a path variable, e.g. a week or a method code. */
    public AuthorizationMatrix value(String variable, String value) {
        values.put(variable, value);
        return this;
    }

    /**
     * A value for the query parameter of that name, wherever an operation declares it (required or not: a list
     * filtered by the own enterprise must still give a foreign caller nothing); required ones the fixture does
     * not name get a random value.
     */
    public AuthorizationMatrix query(String name, String value) {
        queries.put(name, value);
        return this;
    }

    /** The exact query string (without '?') of one operation, e.g. {@code "enterpriseId=…&plantId=…"}; wins over {@link #query(String, String)}. */
    public AuthorizationMatrix query(String method, String template, String queryString) {
        operationQueries.put(key(method, template), queryString);
        return this;
    }

    /** Further ids of the own tenant's objects that no foreign list may contain. */
    public AuthorizationMatrix ownedIds(String... objectIds) {
        ownedIds.addAll(List.of(objectIds));
        return this;
    }

    /** The JSON body sent with one operation (otherwise {@code {}}); a foreign tenant must then never get 2xx. */
    public AuthorizationMatrix body(String method, String template, String json) {
        bodies.put(key(method, template), json);
        return this;
    }

    /** A fresh own object per own-tenant cell of a destructive operation: the path variables to use. */
    public AuthorizationMatrix fresh(String method, String template, Supplier<Map<String, String>> variables) {
        freshObjects.put(key(method, template), variables);
        return this;
    }

    /** Leaves the tenant checks of one operation out, for a stated reason (its 401/403 checks still run). */
    public AuthorizationMatrix exempt(String method, String template, String reason) {
        exemptions.put(key(method, template), requireReason(reason));
        return this;
    }

    /**
     * Declares an operation outside the bearer-token API (e.g. a hub's callback proving itself with Basic
     * credentials), for a stated reason: then every cell, whatever token it carries, must get {@code 401}.
     */
    public AuthorizationMatrix withoutBearerTokens(String method, String template, String reason) {
        nonBearer.put(key(method, template), requireReason(reason));
        return this;
    }

    /**
     * Accepts a known, debatable failure of some cells (role null: every role; tenant null: every tenant),
     * for a stated reason; listed in the report, and a failure again once it no longer occurs.
     */
    public AuthorizationMatrix knownFailure(String method, String template, String role, Tenant tenant, String reason) {
        knownFailures.add(new KnownFailure(key(method, template), role, tenant, requireReason(reason)));
        return this;
    }

    /** The foreign group to use (default: a random one). */
    public AuthorizationMatrix foreignGroup(String group) {
        this.foreignGroup = group;
        return this;
    }

    /** Reads the service's OpenAPI document and runs every cell. */
    public Report run() {
        ApiClient.Response docs = ApiClient.anonymous(baseUrl).get("/v3/api-docs");
        if (docs.status() != 200) {
            throw new IllegalStateException("no OpenAPI document at " + baseUrl + "/v3/api-docs: " + docs.status());
        }
        List<Operation> operations = operations(docs.json());
        List<Cell> cells = new ArrayList<>();
        for (Operation operation : operations) {
            cells.addAll(cellsOf(operation));
        }
        cells.sort(Comparator.comparingInt(Cell::phase));
        Set<String> deleted = new LinkedHashSet<>();
        List<Result> results = new ArrayList<>();
        for (Cell cell : cells) {
            results.add(cell.run(deleted));
        }
        for (KnownFailure known : knownFailures) {
            boolean used = results.stream().anyMatch(r -> known.equals(r.known()));
            if (!used) {
                results.add(new Result(new Cell(null, known.role() == null ? "*" : known.role(),
                        known.tenant() == null ? Tenant.OWN : known.tenant(), Kind.STALE, 0),
                        "the known failure to fail (" + known.reason() + ")", "it no longer fails: remove it", false,
                        null, known.operation()));
            }
        }
        Map<String, String> exempt = new LinkedHashMap<>(exemptions);
        nonBearer.forEach((op, reason) -> exempt.put(op, "outside the bearer-token API (every token → 401): " + reason));
        return new Report(operations, results, exempt);
    }

    // ---- the operations of the document ------------------------------------------------------------

    /** One operation of the document. */
    public record Operation(String method, String template, List<String> roles, List<String> pathVariables,
                            List<String> requiredQuery, List<String> optionalQuery, String bodyType) {

        public String name() {
            return key(method, template);
        }

        boolean isRead() {
            return READS.contains(method);
        }
    }

    private static List<Operation> operations(JsonNode docs) {
        List<Operation> out = new ArrayList<>();
        JsonNode paths = docs.path("paths");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                String method = entry.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                JsonNode op = entry.getValue();
                List<String> roles = op.has("x-dp-roles")
                        ? op.get("x-dp-roles").valueStream().map(JsonNode::asString).toList() : null;
                List<String> pathVariables = new ArrayList<>();
                List<String> required = new ArrayList<>();
                List<String> optional = new ArrayList<>();
                Stream.concat(path.getValue().path("parameters").valueStream(), op.path("parameters").valueStream())
                        .forEach(p -> {
                            if ("path".equals(p.path("in").asString())) {
                                pathVariables.add(p.path("name").asString());
                            } else if ("query".equals(p.path("in").asString())) {
                                (p.path("required").asBoolean(false) ? required : optional).add(p.path("name").asString());
                            }
                        });
                for (String variable : variablesOf(path.getKey())) {
                    if (!pathVariables.contains(variable)) {
                        pathVariables.add(variable);
                    }
                }
                String bodyType = null;
                if (op.has("requestBody")) {
                    Set<String> types = new LinkedHashSet<>();
                    op.path("requestBody").path("content").propertyNames().forEach(types::add);
                    bodyType = types.isEmpty() || types.contains("application/json") ? "application/json" : types.iterator().next();
                }
                out.add(new Operation(method, path.getKey(), roles, List.copyOf(pathVariables), List.copyOf(required),
                        List.copyOf(optional), bodyType));
            }
        }
        out.sort(Comparator.comparing(Operation::template).thenComparing(Operation::method));
        return out;
    }

    private static List<String> variablesOf(String template) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    // ---- the cells ------------------------------------------------------------------------------------

    private enum Kind { UNAUTHENTICATED, TOKEN_GRANTS_NOTHING, FORBIDDEN, OWN_ALLOWED, FOREIGN_ALLOWED, SKIPPED, STALE }

    private List<Cell> cellsOf(Operation operation) {
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell(operation, "(no token)", Tenant.NONE, Kind.UNAUTHENTICATED, 0));
        List<Tenant> tenants = new ArrayList<>(List.of(Tenant.OWN, Tenant.FOREIGN_GROUP));
        if (!ownEnterprises.contains("*")) {
            tenants.add(Tenant.FOREIGN_ENTERPRISE);
        }
        boolean exempt = exemptions.containsKey(operation.name());
        if (nonBearer.containsKey(operation.name())) {
            for (String role : ROLES) {
                if (SERVICE.equals(role)) {
                    cells.add(new Cell(operation, role, Tenant.SUITE, Kind.TOKEN_GRANTS_NOTHING, 0));
                    continue;
                }
                tenants.forEach(tenant -> cells.add(new Cell(operation, role, tenant, Kind.TOKEN_GRANTS_NOTHING, 0)));
            }
            cells.add(new Cell(operation, "GROUP_ADMIN", Tenant.EVERY_GROUP_WITHOUT_SERVICE, Kind.TOKEN_GRANTS_NOTHING, 0));
            return cells;
        }
        cells.add(new Cell(operation, "GROUP_ADMIN", Tenant.EVERY_GROUP_WITHOUT_SERVICE, Kind.UNAUTHENTICATED, 0));
        for (String role : ROLES) {
            if (SERVICE.equals(role)) {
                cells.add(serviceCell(operation, exempt));
                continue;
            }
            boolean allowed = operation.roles() != null && operation.roles().contains(role)
                    && (operation.isRead() || !VIEWER.equals(role));
            for (Tenant tenant : tenants) {
                if (!allowed) {
                    cells.add(new Cell(operation, role, tenant, Kind.FORBIDDEN, 0));
                } else if (exempt) {
                    cells.add(new Cell(operation, role, tenant, Kind.SKIPPED, 0));
                } else if (tenant == Tenant.OWN) {
                    int phase = operation.isRead() ? 0 : "DELETE".equals(operation.method()) ? 2 : 1;
                    cells.add(new Cell(operation, role, tenant, Kind.OWN_ALLOWED, phase));
                } else {
                    cells.add(new Cell(operation, role, tenant, Kind.FOREIGN_ALLOWED, 0));
                }
            }
        }
        return cells;
    }

    /** The suite service's one cell: forbidden unless x-dp-roles names SERVICE, else it reaches the own objects. */
    private Cell serviceCell(Operation operation, boolean exempt) {
        boolean allowed = operation.roles() != null && operation.roles().contains(SERVICE);
        if (!allowed) {
            return new Cell(operation, SERVICE, Tenant.SUITE, Kind.FORBIDDEN, 0);
        }
        if (exempt) {
            return new Cell(operation, SERVICE, Tenant.SUITE, Kind.SKIPPED, 0);
        }
        int phase = operation.isRead() ? 0 : "DELETE".equals(operation.method()) ? 2 : 1;
        return new Cell(operation, SERVICE, Tenant.SUITE, Kind.OWN_ALLOWED, phase);
    }

    private final class Cell {

        final Operation operation;
        final String role;
        final Tenant tenant;
        final Kind kind;
        final int phase;

        Cell(Operation operation, String role, Tenant tenant, Kind kind, int phase) {
            this.operation = operation;
            this.role = role;
            this.tenant = tenant;
            this.kind = kind;
            this.phase = phase;
        }

        int phase() {
            return phase;
        }

        Result run(Set<String> deleted) {
            if (kind == Kind.SKIPPED) {
                return new Result(this, "exempt: " + exemptions.get(operation.name()), "not run", true, null, null);
            }
            Map<String, String> fresh = kind == Kind.OWN_ALLOWED && freshObjects.containsKey(operation.name())
                    ? freshObjects.get(operation.name()).get() : Map.of();
            Target target = target(operation, fresh, false);
            ApiClient.Response response = send(client(), operation, target);
            String got = describe(response);
            String problem = switch (kind) {
                case UNAUTHENTICATED -> response.status() == 401 && response.isProblem() ? null : "401 problem+json";
                case TOKEN_GRANTS_NOTHING -> response.status() == 401 ? null : "401 (a bearer token grants nothing here)";
                case FORBIDDEN -> forbidden(response);
                case OWN_ALLOWED -> ownAllowed(response, target, deleted);
                case FOREIGN_ALLOWED -> foreignAllowed(response, target);
                default -> null;
            };
            String expected = problem != null ? problem : expectation(target);
            return judged(new Result(this, expected, got, problem == null, null, null));
        }

        private String forbidden(ApiClient.Response response) {
            if (operation.roles() == null) {
                return "403 problem+json (and the operation has no x-dp-roles)";
            }
            if (!operation.isRead() && VIEWER.equals(role) && operation.roles().contains(VIEWER)) {
                return "403 problem+json (x-dp-roles must not name REGULATOR_VIEWER on a write)";
            }
            return response.status() == 403 && response.isProblem() ? null : "403 problem+json";
        }

        private String ownAllowed(ApiClient.Response response, Target target, Set<String> deleted) {
            int status = response.status();
            if (target.unknown()) {
                return status == 404 || status == 400 ? null : "404 (unknown id) or 400";
            }
            if (status == 404 && "DELETE".equals(operation.method()) && deleted.contains(operation.name())
                    && !freshObjects.containsKey(operation.name())) {
                return null; // deleted by an earlier role's cell
            }
            if (status == 401 || status == 403 || status == 404 || status >= 500) {
                return "allowed: not 401/403/404/5xx";
            }
            if (operation.isRead() && !isSuccess(status)) {
                return "allowed: 2xx (a read has no body to get wrong; give the fixture its parameters)";
            }
            if ("DELETE".equals(operation.method()) && status < 300) {
                deleted.add(operation.name());
            }
            return null;
        }

        private String foreignAllowed(ApiClient.Response response, Target target) {
            int status = response.status();
            if (target.owned()) {
                if (status == 404 && response.isProblem() && !containsOwnedId(response, target.path())) {
                    return null;
                }
                if (status != 404 && status < 500 && status != 403 && !isSuccess(status)) {
                    // e.g. 400 for the empty body: fine only when an id that does not exist gets the same answer
                    ApiClient.Response probe = send(client(), operation, target(operation, Map.of(), true));
                    if (probe.status() == status) {
                        return null;
                    }
                    return "404, or what a missing id gets (" + probe.status() + ")";
                }
                return "404 problem+json, not the object";
            }
            if (target.unknown()) {
                return status == 404 || status == 400 ? null : "404 (unknown id) or 400";
            }
            if (status == 401 || status == 403 || status >= 500) {
                return "not 401/403/5xx";
            }
            if (isSuccess(status) && containsOwnedId(response, "")) {
                return "no row of the own tenant";
            }
            if (isSuccess(status) && !operation.isRead() && bodies.containsKey(operation.name())) {
                return "no write into the own tenant (4xx)";
            }
            return null;
        }

        private String expectation(Target target) {
            return switch (kind) {
                case UNAUTHENTICATED -> "401 problem+json";
                case TOKEN_GRANTS_NOTHING -> "401 (" + nonBearer.get(operation.name()) + ")";
                case FORBIDDEN -> "403 problem+json";
                case OWN_ALLOWED -> target.unknown() ? "404 (unknown id) or 400" : operation.isRead() ? "allowed: 2xx" : "allowed";
                case FOREIGN_ALLOWED -> target.owned() ? "404 problem+json" : target.unknown()
                        ? "404 (unknown id) or 400" : operation.isRead() ? "no own rows" : "not 401/403/5xx";
                default -> "";
            };
        }

        private ApiClient client() {
            ApiClient base = switch (tenant) {
                case NONE -> ApiClient.anonymous(baseUrl);
                case OWN -> ApiClient.as(baseUrl, OWN_USER, ownGroup, ownEnterprises.toArray(String[]::new));
                case FOREIGN_GROUP -> ApiClient.as(baseUrl, "matrix.foreign", foreignGroup, "*");
                case FOREIGN_ENTERPRISE -> ApiClient.as(baseUrl, "matrix.sibling", ownGroup, siblingEnterprise);
                case SUITE -> ApiClient.asService(baseUrl, SERVICE_CLIENT);
                case EVERY_GROUP_WITHOUT_SERVICE -> ApiClient.withToken(baseUrl,
                        TestTokens.token("matrix.every-group", TestTokens.EVERY_GROUP, List.of("*"), List.of(role)));
            };
            return tenant == Tenant.NONE || tenant == Tenant.SUITE || tenant == Tenant.EVERY_GROUP_WITHOUT_SERVICE
                    ? base : base.withRoles(role);
        }

        private Result judged(Result result) {
            if (result.passed()) {
                return result;
            }
            for (KnownFailure known : knownFailures) {
                if (known.operation().equals(operation.name()) && (known.role() == null || known.role().equals(role))
                        && (known.tenant() == null || known.tenant() == tenant)) {
                    return new Result(this, result.expected(), result.got(), true, known, null);
                }
            }
            return result;
        }
    }

    /** Whether the answer names an own object (other than those its path names, which a 404 may echo). */
    private boolean containsOwnedId(ApiClient.Response response, String excludedPath) {
        String body = response.body() == null ? "" : response.body();
        String path = excludedPath.contains("?") ? excludedPath.substring(0, excludedPath.indexOf('?')) : excludedPath;
        return ownedIds.stream().filter(id -> !path.contains(URLEncoder.encode(id, StandardCharsets.UTF_8))).anyMatch(body::contains);
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    /** The request a cell sends: its path with query, and whether it names an own object or an unknown id. */
    private record Target(String path, boolean owned, boolean unknown) {
    }

    private Target target(Operation operation, Map<String, String> fresh, boolean missingInsteadOfOwned) {
        String path = operation.template();
        boolean owned = false;
        boolean unknown = false;
        for (String variable : operation.pathVariables()) {
            String value = fresh.get(variable);
            boolean isOwned = value != null;
            if (value == null) {
                value = ids.get(operation.template() + "#" + variable);
                value = value != null ? value : ids.get(variable);
                isOwned = value != null;
            }
            if (value == null) {
                value = values.get(variable);
            }
            if (value == null || (isOwned && missingInsteadOfOwned)) {
                value = "matrix-missing-" + UUID.randomUUID();
                unknown |= !isOwned;
                isOwned = false;
            }
            owned |= isOwned;
            path = path.replace("{" + variable + "}", URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        List<String> query = new ArrayList<>();
        if (operationQueries.containsKey(operation.name())) {
            return new Target(path + "?" + operationQueries.get(operation.name()), owned, unknown && !owned);
        }
        for (String name : operation.requiredQuery()) {
            String value = queries.getOrDefault(name, "matrix-missing-" + UUID.randomUUID());
            query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        for (String name : operation.optionalQuery()) {
            if (queries.containsKey(name)) {
                query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(queries.get(name), StandardCharsets.UTF_8));
            }
        }
        if (!query.isEmpty()) {
            path += "?" + String.join("&", query);
        }
        return new Target(path, owned, unknown && !owned);
    }

    private ApiClient.Response send(ApiClient client, Operation operation, Target target) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + target.path()));
        if (client.authorization() != null) {
            request.header("Authorization", client.authorization());
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (operation.bodyType() != null || bodies.containsKey(operation.name())) {
            String type = operation.bodyType() == null ? "application/json" : operation.bodyType();
            request.header("Content-Type", type);
            body = type.contains("json") ? HttpRequest.BodyPublishers.ofString(bodies.getOrDefault(operation.name(), "{}"))
                    : HttpRequest.BodyPublishers.ofByteArray(new byte[0]);
        }
        request.method(operation.method(), body);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("X-Request-Id").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String describe(ApiClient.Response response) {
        String body = response.body() == null ? "" : response.body().replaceAll("\\s+", " ");
        if (response.isProblem()) {
            try {
                JsonNode problem = response.json();
                body = problem.path("title").asString("") + ": " + problem.path("detail").asString("");
            } catch (RuntimeException ignored) {
                // keep the raw body
            }
        }
        return response.status() + (response.isProblem() ? " problem " : " ") + (body.length() > 90 ? body.substring(0, 90) + "…" : body);
    }

    private static String key(String method, String template) {
        return method.toUpperCase(java.util.Locale.ROOT) + " " + template;
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an exemption or known failure needs a reason");
        }
        return reason;
    }

    private record KnownFailure(String operation, String role, Tenant tenant, String reason) {
    }

    /** The outcome of one cell. */
    public static final class Result {

        private final String operation;
        private final String role;
        private final Tenant tenant;
        private final String expected;
        private final String got;
        private final boolean passed;
        private final KnownFailure known;
        private final boolean skipped;

        private Result(Cell cell, String expected, String got, boolean passed, KnownFailure known, String operation) {
            this.operation = operation != null ? operation : cell.operation.name();
            this.role = cell.role;
            this.tenant = cell.tenant;
            this.expected = expected;
            this.got = got;
            this.passed = passed;
            this.known = known;
            this.skipped = cell.kind == Kind.SKIPPED;
        }

        public String operation() {
            return operation;
        }

        public String role() {
            return role;
        }

        public Tenant tenant() {
            return tenant;
        }

        public String expected() {
            return expected;
        }

        public String got() {
            return got;
        }

        /** Passed, or failed as a declared known failure. */
        public boolean passed() {
            return passed;
        }

        public boolean skipped() {
            return skipped;
        }

        KnownFailure known() {
            return known;
        }

        @Override
        public String toString() {
            return operation + " | " + role + " | " + tenant + " | expected " + expected + " | got " + got;
        }
    }

    /** Every cell's outcome. */
    public static final class Report {

        private final List<Operation> operations;
        private final List<Result> results;
        private final Map<String, String> exemptions;

        private Report(List<Operation> operations, List<Result> results, Map<String, String> exemptions) {
            this.operations = List.copyOf(operations);
            this.results = List.copyOf(results);
            this.exemptions = exemptions;
        }

        public List<Operation> operations() {
            return operations;
        }

        /** The cells that were actually sent (exempt ones excluded). */
        public long cellsRun() {
            return results.stream().filter(r -> !r.skipped() && r.got() != null && !r.got().startsWith("it no longer")).count();
        }

        public List<Result> results() {
            return results;
        }

        public List<Result> failures() {
            return results.stream().filter(r -> !r.passed()).toList();
        }

        public List<Result> knownFailures() {
            return results.stream().filter(r -> r.known() != null).toList();
        }

        /** A readable table of these results: operation, role, tenant, expected, got. */
        public static String table(Collection<Result> rows) {
            List<String[]> lines = new ArrayList<>();
            lines.add(new String[]{"operation", "role", "tenant", "expected", "got"});
            rows.forEach(r -> lines.add(new String[]{r.operation(), r.role(), r.tenant().name(), r.expected(), r.got()}));
            int[] widths = new int[5];
            for (String[] line : lines) {
                for (int i = 0; i < 5; i++) {
                    widths[i] = Math.max(widths[i], line[i].length());
                }
            }
            StringBuilder out = new StringBuilder();
            for (String[] line : lines) {
                for (int i = 0; i < 5; i++) {
                    out.append(i == 0 ? "" : " | ").append(i == 4 ? line[i] : pad(line[i], widths[i]));
                }
                out.append('\n');
            }
            return out.toString();
        }

        /** What the matrix covered and accepted: operations, cells, exemptions and known failures with their reasons. */
        public String summary() {
            StringBuilder out = new StringBuilder().append(operations.size()).append(" operations, ").append(cellsRun())
                    .append(" cells, ").append(failures().size()).append(" failures\n");
            operations.stream().filter(o -> o.roles() == null).forEach(o -> out.append("no x-dp-roles: ").append(o.name()).append('\n'));
            exemptions.forEach((op, reason) -> out.append("exempt from tenant checks: ").append(op).append(" — ").append(reason).append('\n'));
            knownFailures().stream().map(r -> r.known().operation() + " " + Objects.toString(r.known().role(), "*") + " "
                    + Objects.toString(r.known().tenant(), "*") + " — " + r.known().reason()).distinct()
                    .forEach(line -> out.append("known failure: ").append(line).append('\n'));
            return out.toString();
        }

        /** Writes the summary and every cell's outcome to a file (e.g. {@code target/authorization-matrix.txt}) for review. */
        public Report writeTo(java.nio.file.Path file) {
            try {
                java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
                java.nio.file.Files.writeString(file, summary() + "\n" + table(results));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** Fails with the table of every failure at once. */
        public void assertNoFailures() {
            List<Result> failures = failures();
            if (!failures.isEmpty()) {
                throw new AssertionError("authorization matrix: " + summary() + table(failures));
            }
        }

        /** One dynamic test per operation (failing with that operation's table), then one for the whole matrix. */
        public Stream<DynamicTest> dynamicTests() {
            Map<String, List<Result>> byOperation = results.stream()
                    .collect(Collectors.groupingBy(Result::operation, LinkedHashMap::new, Collectors.toList()));
            Stream<DynamicTest> perOperation = byOperation.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                List<Result> failures = e.getValue().stream().filter(r -> !r.passed()).toList();
                if (!failures.isEmpty()) {
                    throw new AssertionError(e.getKey() + "\n" + table(failures));
                }
            }));
            return Stream.concat(perOperation, Stream.of(DynamicTest.dynamicTest("whole matrix: " + operations.size()
                    + " operations, " + cellsRun() + " cells", this::assertNoFailures)));
        }

        private static String pad(String s, int width) {
            return s + " ".repeat(Math.max(0, width - s.length()));
        }
    }
}
