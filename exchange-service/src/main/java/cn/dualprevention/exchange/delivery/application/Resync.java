package cn.dualprevention.exchange.delivery.application;

import cn.dualprevention.exchange.enterprise.domain.EnterpriseDirectory;
import cn.dualprevention.exchange.enterprise.domain.EnterpriseIdentity;
import cn.dualprevention.exchange.receiver.application.Receivers;
import cn.dualprevention.exchange.receiver.domain.Receiver;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.RuleViolationException;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** 全量重传 — sends every record of one enterprise to one receiver again, on request. */
@Service
public class Resync {

    private static final Logger log = LoggerFactory.getLogger(Resync.class);

    private final Receivers receivers;
    private final EnterpriseDirectory enterprises;
    private final DeliveryPlanner planner;

    public Resync(Receivers receivers, EnterpriseDirectory enterprises, DeliveryPlanner planner) {
        this.receivers = receivers;
        this.enterprises = enterprises;
        this.planner = planner;
    }

    /** Plans the full resync; the receiver's delivery loop sends it. Returns how many records it covers. */
    public int resync(String receiverId, String enterpriseId) {
        Caller caller = CallerContext.require();
        Receiver receiver = receivers.get(receiverId);
        String enterprise = enterpriseId != null ? enterpriseId : receiver.enterpriseId();
        if (enterprise == null) {
            throw new InvalidValueException("enterpriseId", "required", "this receiver serves every enterprise: name one");
        }
        if (receiver.enterpriseId() != null && !receiver.enterpriseId().equals(enterprise)) {
            throw new InvalidValueException("enterpriseId", "served-by-receiver", "receiver " + receiverId + " serves another enterprise");
        }
        String group = enterprises.find(enterprise).map(EnterpriseIdentity::groupId).orElse(null);
        caller.requireAccess(group, enterprise, "enterprise", enterprise);
        if (!receiver.enabled()) {
            throw new RuleViolationException("receiver/enabled", "receiver " + receiverId + " is disabled");
        }
        int count = planner.fullSync(receiver, enterprise, true);
        log.info("resync of enterprise {} to receiver {} asked by {}: {} record(s)", enterprise, receiverId, caller.userId(), count);
        return count;
    }
}
