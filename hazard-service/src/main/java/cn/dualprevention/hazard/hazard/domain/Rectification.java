package cn.dualprevention.hazard.hazard.domain;

import java.time.Instant;
import java.util.List;

/** 整改完成 — the rectifier's report when submitting for acceptance: what was done, with after-photos. */
public record Rectification(String rectifier, String description, List<String> afterPhotoIds, Instant at) {

    public Rectification {
        afterPhotoIds = afterPhotoIds == null ? List.of() : List.copyOf(afterPhotoIds);
    }
}
