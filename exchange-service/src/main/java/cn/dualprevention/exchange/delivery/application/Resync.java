package cn.dualprevention.exchange.delivery.application;

import cn.dualprevention.exchange.delivery.domain.ResyncRequest;
import cn.dualprevention.exchange.delivery.domain.ResyncRequestRepository;
import cn.dualprevention.exchange.enterprise.domain.EnterpriseDirectory;
import cn.dualprevention.exchange.enterprise.domain.EnterpriseIdentity;
import cn.dualprevention.exchange.receiver.application.Receivers;
import cn.dualprevention.exchange.receiver.domain.Receiver;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.errors.RuleViolationException;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * 全量重传 — every record of one enterprise goes to one receiver again, on request. The request is stored (and so
 * survives this instance) and the receiver's delivery loop plans and sends it ({@link ResyncPlanning}); the caller
 * follows it by its id.
 */
@Service
public class Resync {

    /** How many requests a receiver's list shows. */
    public static final int RECENT = 20;
    private static final Logger log = LoggerFactory.getLogger(Resync.class);

    private final Receivers receivers;
    private final EnterpriseDirectory enterprises;
    private final ResyncRequestRepository requests;
    private final DeliverySignals loop;
    private final Clock clock;

    public Resync(Receivers receivers, EnterpriseDirectory enterprises, ResyncRequestRepository requests, DeliverySignals loop,
                  Clock clock) {
        this.receivers = receivers;
        this.enterprises = enterprises;
        this.requests = requests;
        this.loop = loop;
        this.clock = clock;
    }

    /** Stores a forced full resync of the enterprise to the receiver (QUEUED) and wakes the receiver's delivery loop. */
    public ResyncRequest resync(String receiverId, String enterpriseId) {
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
        ResyncRequest request = ResyncRequest.queued(Ids.newId(), receiverId, group, enterprise, true, caller.userId(),
                clock.instant());
        requests.insert(request);
        loop.wake(receiverId);
        log.info("resync {} of enterprise {} to receiver {} asked by {}", request.id(), enterprise, receiverId, caller.userId());
        return request;
    }

    /** One request of the receiver; unknown, another receiver's or another tenant's: 404. */
    public ResyncRequest status(String receiverId, String requestId) {
        Caller caller = CallerContext.require();
        receivers.get(receiverId);
        ResyncRequest request = requests.find(requestId).filter(r -> r.receiverId().equals(receiverId))
                .orElseThrow(() -> new NotFoundException("resync request", requestId));
        caller.requireAccess(request.groupId(), request.enterpriseId(), "resync request", requestId);
        return request;
    }

    /** The receiver's latest requests the caller may see, newest first (at most {@value #RECENT}). */
    public List<ResyncRequest> recent(String receiverId) {
        Caller caller = CallerContext.require();
        receivers.get(receiverId);
        // a receiver serving every enterprise has requests of other tenants too: look further back for the caller's
        return requests.recent(receiverId, RECENT * 10).stream().filter(r -> caller.mayAccess(r.groupId(), r.enterpriseId()))
                .limit(RECENT).toList();
    }
}
