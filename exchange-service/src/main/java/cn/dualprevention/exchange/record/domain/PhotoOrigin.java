package cn.dualprevention.exchange.record.domain;

import java.util.Arrays;
import java.util.Optional;

/** The service that keeps a photo a regulator record refers to (照片来源), by its service name. */
public enum PhotoOrigin {
    /** 隐患照片 — photos of a hazard as found and after remediation, kept by hazard-service. */
    HAZARD("hazard-service"),
    /** 巡检记录照片 — photos of the inspection record a hazard was found on, kept by inspection-service. */
    INSPECTION("inspection-service");

    private final String service;

    PhotoOrigin(String service) {
        this.service = service;
    }

    public String service() {
        return service;
    }

    public static Optional<PhotoOrigin> ofService(String service) {
        return Arrays.stream(values()).filter(origin -> origin.service.equals(service)).findFirst();
    }
}
