package cn.dualprevention.platform.errors;

/**
 * Unknown id — or an id of another tenant, which must look exactly the same (404, so ids cannot be probed).
 */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String id;

    public NotFoundException(String kind, String id) {
        super(kind + " " + id + " not found");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
