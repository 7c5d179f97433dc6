package cn.dualprevention.exchange.delivery.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResyncRequestTest {

    private static final Instant ASKED = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant LATER = ASKED.plusSeconds(5);
    private static final Instant END = ASKED.plusSeconds(9);

    private final ResyncRequest queued = ResyncRequest.queued("r-1", "hub-1", "group-1", "ent-1", true, "zhang.wei", ASKED);

    @Test
    void aRequestIsQueuedThenRunsPageByPageKeepingItsCursorAndCountThenIsDone() {
        assertThat(queued.state()).isEqualTo(ResyncState.QUEUED);
        assertThat(queued.open()).isTrue();
        assertThat(queued.planned()).isZero();
        assertThat(queued.cursor()).isNull();

        ResyncRequest onePage = queued.pagePlanned(1000, "checkTask:t-1000", LATER);
        assertThat(onePage.state()).isEqualTo(ResyncState.RUNNING);
        assertThat(onePage.startedAt()).isEqualTo(LATER);
        assertThat(onePage.planned()).isEqualTo(1000);
        assertThat(onePage.cursor()).isEqualTo("checkTask:t-1000");

        ResyncRequest twoPages = onePage.pagePlanned(250, "riskUnit:u-250", END);
        assertThat(twoPages.startedAt()).as("started with its first page").isEqualTo(LATER);
        assertThat(twoPages.planned()).isEqualTo(1250);
        assertThat(twoPages.cursor()).isEqualTo("riskUnit:u-250");

        ResyncRequest done = twoPages.done(END);
        assertThat(done.state()).isEqualTo(ResyncState.DONE);
        assertThat(done.open()).isFalse();
        assertThat(done.finishedAt()).isEqualTo(END);
        assertThat(done.planned()).isEqualTo(1250);
        assertThat(done.force()).isTrue();
        assertThat(done.requestedBy()).isEqualTo("zhang.wei");
    }

    @Test
    void anEnterpriseWithoutRecordsIsDoneAtOnce() {
        ResyncRequest done = queued.done(LATER);
        assertThat(done.state()).isEqualTo(ResyncState.DONE);
        assertThat(done.startedAt()).isEqualTo(LATER);
        assertThat(done.planned()).isZero();
    }

    @Test
    void aRequestFailsWithItsReasonKeepingWhatWasPlanned() {
        ResyncRequest failed = queued.pagePlanned(1000, "riskUnit:u-1000", LATER).failed("receiver hub-1 was disabled", END);
        assertThat(failed.state()).isEqualTo(ResyncState.FAILED);
        assertThat(failed.open()).isFalse();
        assertThat(failed.message()).isEqualTo("receiver hub-1 was disabled");
        assertThat(failed.planned()).isEqualTo(1000);
        assertThat(failed.finishedAt()).isEqualTo(END);
    }

    @Test
    void aClosedRequestNeitherPlansNorChangesAgain() {
        ResyncRequest done = queued.done(LATER);
        ResyncRequest failed = queued.failed("receiver hub-1 was removed", LATER);
        for (ResyncRequest closed : new ResyncRequest[] {done, failed}) {
            assertThatThrownBy(() -> closed.pagePlanned(1, "riskUnit:u-1", END)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(closed.state().name());
            assertThatThrownBy(() -> closed.done(END)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> closed.failed("again", END)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void anEmptyPageIsNoPlannedPage() {
        assertThatThrownBy(() -> queued.pagePlanned(0, "riskUnit:u-1", LATER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> queued.pagePlanned(3, null, LATER)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReceiversFirstConnectionIsOneRequestWithAFixedIdNotForcedAskedByTheSystem() {
        ResyncRequest first = ResyncRequest.firstConnection("hub-1", "group-1", "ent-1", ASKED);
        assertThat(first.id()).isEqualTo("first-hub-1").isEqualTo(ResyncRequest.firstConnectionId("hub-1"));
        assertThat(ResyncRequest.firstConnection("hub-1", "group-1", "ent-1", LATER).id()).isEqualTo(first.id());
        assertThat(first.force()).isFalse();
        assertThat(first.requestedBy()).isEqualTo("system");
        assertThat(first.state()).isEqualTo(ResyncState.QUEUED);
    }
}
