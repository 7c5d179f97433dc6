package cn.dualprevention.exchange.delivery.application;

import cn.dualprevention.exchange.delivery.domain.ResyncRequest;
import cn.dualprevention.exchange.delivery.domain.ResyncRequestRepository;
import cn.dualprevention.exchange.receiver.application.ReceiverDisabled;
import cn.dualprevention.exchange.receiver.application.ReceiverRemoved;
import cn.dualprevention.exchange.receiver.domain.Receiver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * 全量重传执行 — advances a receiver's open resync requests inside its delivery round (under the receiver's cluster
 * lock), in the order they were made: at most {@code dp.exchange.delivery.resync-pages-per-round} pages per round,
 * the cursor and the count saved after each page, so sending goes on between the pages of a large enterprise and a
 * request cut off by a crash resumes from its cursor. A request is done when no record is left after its cursor.
 */
@Component
public class ResyncPlanning {

    private static final Logger log = LoggerFactory.getLogger(ResyncPlanning.class);

    private final ResyncRequestRepository requests;
    private final DeliveryPlanner planner;
    private final DeliverySignals loop;
    private final DeliverySettings settings;
    private final Clock clock;

    public ResyncPlanning(ResyncRequestRepository requests, DeliveryPlanner planner, DeliverySignals loop,
                          DeliverySettings settings, Clock clock) {
        this.requests = requests;
        this.planner = planner;
        this.loop = loop;
        this.settings = settings;
        this.clock = clock;
    }

    /** The receiver's first full sync, as a request of its own (stored once, however often asked). */
    void requestFirstConnection(Receiver receiver, Instant at) {
        if (requests.insert(ResyncRequest.firstConnection(receiver.id(), receiver.groupId(), receiver.enterpriseId(), at))) {
            log.info("first connection of receiver {}: full sync of enterprise {} requested", receiver.id(), receiver.enterpriseId());
        }
    }

    boolean hasOpen(Receiver receiver) {
        return requests.anyOpen(receiver.id());
    }

    /** Plans the next pages of the receiver's open requests; wakes the receiver again when pages are left. */
    void advance(Receiver receiver) {
        int budget = settings.resyncPagesPerRound();
        for (ResyncRequest open : requests.open(receiver.id())) {
            ResyncRequest request = open;
            while (budget > 0) {
                DeliveryPlanner.PlannedPage page = planner.planPage(receiver, request.enterpriseId(), request.cursor(), request.force());
                Instant now = clock.instant();
                if (page.empty()) {
                    if (requests.updateOpen(request.done(now))) {
                        log.info("resync {} of enterprise {} to receiver {} asked by {}: {} record(s) planned", request.id(),
                                request.enterpriseId(), receiver.id(), request.requestedBy(), request.planned());
                    }
                    break;
                }
                budget--;
                request = request.pagePlanned(page.records(), page.lastKey(), now);
                if (!requests.updateOpen(request)) {
                    break; // closed meanwhile (the receiver disabled): planned records stay planned
                }
            }
            if (budget == 0) {
                loop.wake(receiver.id()); // more pages: the next round goes on after this one's sending
                return;
            }
        }
    }

    @EventListener
    void on(ReceiverRemoved removed) {
        requests.deleteOfReceiver(removed.receiverId());
    }

    @EventListener
    void on(ReceiverDisabled disabled) {
        Instant now = clock.instant();
        for (ResyncRequest open : requests.open(disabled.receiverId())) {
            if (requests.updateOpen(open.failed("receiver " + disabled.receiverId() + " was disabled", now))) {
                log.info("resync {} of receiver {} failed: the receiver was disabled", open.id(), disabled.receiverId());
            }
        }
    }
}
