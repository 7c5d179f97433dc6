package cn.dualprevention.sandbox.hub.web;

import cn.dualprevention.sandbox.hub.application.AccountSpec;
import cn.dualprevention.sandbox.hub.domain.Account;
import cn.dualprevention.sandbox.hub.domain.HeldRecord;
import cn.dualprevention.sandbox.hub.domain.ReceiverProfile;
import cn.dualprevention.sandbox.hub.domain.RecordType;
import cn.dualprevention.sandbox.hub.domain.RejectedRecord;
import cn.dualprevention.sandbox.hub.domain.SummaryRow;
import cn.dualprevention.sandbox.hub.domain.Violation;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Domain values → the admin API's JSON shapes. */
@Mapper
interface AdminWebMapper {

    AdminViews.RecordView toView(HeldRecord record);

    List<AdminViews.RecordView> toRecordViews(List<HeldRecord> records);

    AdminViews.RejectView toView(RejectedRecord reject);

    List<AdminViews.RejectView> toRejectViews(List<RejectedRecord> rejects);

    AdminViews.ViolationView toView(Violation violation);

    AdminViews.SummaryView toView(SummaryRow row);

    List<AdminViews.SummaryView> toSummaryViews(List<SummaryRow> rows);

    /** Expects a {@link ReceiverProfile#masked()} profile. */
    @Mapping(target = "attachmentFields", expression = "java(java.util.List.of(profile.hazardPhotoField(), profile.acceptancePhotoField()))")
    AdminViews.ProfileView toView(ReceiverProfile profile);

    AccountSpec toSpec(Account account);

    default String type(RecordType type) {
        return type == null ? null : type.code();
    }

    default Map<String, String> paths(Map<RecordType, String> paths) {
        Map<String, String> out = new LinkedHashMap<>();
        paths.forEach((t, p) -> out.put(t.code(), p));
        return out;
    }

    default Map<String, List<String>> extraRequired(Map<RecordType, Set<String>> extra) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        extra.forEach((t, fields) -> out.put(t.code(), fields.stream().sorted().toList()));
        return out;
    }
}
