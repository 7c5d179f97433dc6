package cn.dualprevention.inspection.record.domain;

/** Thrown by the domain when a submission breaks a rule; carries the {@link Rejection} the caller is answered with. */
public class RejectedSubmission extends RuntimeException {

    private final Rejection rejection;

    public RejectedSubmission(Rejection rejection) {
        super(rejection.message());
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
