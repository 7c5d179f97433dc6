package cn.dualprevention.inspection.record.web;

import java.util.List;

/** An offline batch: the records a phone collected while offline, each with its client id. */
public record BatchRequest(List<RecordRequest> records) {
}
