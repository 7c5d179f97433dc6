package cn.dualprevention.platform;

import cn.dualprevention.platform.scheduling.ClusterLock;
import cn.dualprevention.platform.test.ServiceTest;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class ClusterLockTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void twoInstancesNeverRunTheSameJobAtOnce() throws Exception {
        ClusterLock instanceA = new ClusterLock(new MongoLockProvider(mongo.getDb()));
        ClusterLock instanceB = new ClusterLock(new MongoLockProvider(mongo.getDb()));
        CountDownLatch aIsRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();

        Thread a = Thread.ofPlatform().start(() -> instanceA.runExclusively("cycle-generation", Duration.ofMinutes(1), () -> {
            runs.incrementAndGet();
            aIsRunning.countDown();
            await(release);
        }));
        assertThat(aIsRunning.await(10, TimeUnit.SECONDS)).isTrue();
        boolean bRan = instanceB.runExclusively("cycle-generation", Duration.ofMinutes(1), runs::incrementAndGet);
        release.countDown();
        a.join();

        assertThat(bRan).isFalse();
        assertThat(runs).hasValue(1);
        // Once released, the other instance may take it.
        assertThat(instanceB.runExclusively("cycle-generation", Duration.ofMinutes(1), runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
