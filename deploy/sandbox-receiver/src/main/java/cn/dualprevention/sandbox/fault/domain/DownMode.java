package cn.dualprevention.sandbox.fault.domain;

/** How the sandbox is "down". */
public enum DownMode {
    /** Uploads are answered with an error status (503 by default, or e.g. 500). */
    STATUS,
    /** The port is closed: connection refused. */
    REFUSE
}
