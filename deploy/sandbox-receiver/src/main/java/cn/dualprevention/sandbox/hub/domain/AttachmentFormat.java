package cn.dualprevention.sandbox.hub.domain;

/** How photos travel in {@code attachments1}/{@code attachments2} (or {@code dangerImg}/{@code dangerAcceptImg}). */
public enum AttachmentFormat {
    /** Bare base64 of the JPEG/PNG bytes. */
    BASE64,
    /** {@code data:image/jpeg;base64,...} or {@code data:image/png;base64,...}. */
    DATA_URL
}
