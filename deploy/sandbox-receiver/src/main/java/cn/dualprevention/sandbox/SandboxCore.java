package cn.dualprevention.sandbox;

import cn.dualprevention.sandbox.fault.application.FaultSwitchboard;
import cn.dualprevention.sandbox.fault.application.PortSwitch;
import cn.dualprevention.sandbox.fault.domain.Faults;
import cn.dualprevention.sandbox.hub.application.AsyncReceipts;
import cn.dualprevention.sandbox.hub.application.BatchLog;
import cn.dualprevention.sandbox.hub.application.HubService;
import cn.dualprevention.sandbox.hub.application.ProfileRegistry;
import cn.dualprevention.sandbox.hub.application.RecordInspection;
import cn.dualprevention.sandbox.hub.domain.BatchIntake;
import cn.dualprevention.sandbox.hub.domain.RecordLedger;
import cn.dualprevention.sandbox.hub.infrastructure.HttpReceiptSender;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The sandbox's beans, shared by the runnable app and the in-process start. Needs a {@link SandboxSettings} bean. */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackages = {"cn.dualprevention.sandbox.hub", "cn.dualprevention.sandbox.fault"})
public class SandboxCore {

    static final int BATCHES_KEPT = 10_000;

    @Bean
    Clock sandboxClock() {
        return Clock.systemUTC();
    }

    @Bean
    RecordLedger recordLedger(SandboxSettings settings) {
        return new RecordLedger(settings.maxRecords(), settings.maxRejectsKept());
    }

    @Bean
    BatchIntake batchIntake(RecordLedger ledger) {
        return new BatchIntake(ledger);
    }

    @Bean
    Faults faults() {
        return new Faults();
    }

    @Bean
    ProfileRegistry profileRegistry(SandboxSettings settings) {
        return new ProfileRegistry(settings.profiles());
    }

    @Bean
    BatchLog batchLog() {
        return new BatchLog(BATCHES_KEPT);
    }

    @Bean
    HttpReceiptSender receiptSender() {
        return new HttpReceiptSender();
    }

    @Bean
    AsyncReceipts asyncReceipts(BatchIntake intake, Faults faults, HttpReceiptSender sender, Clock sandboxClock) {
        return new AsyncReceipts(intake, faults, sender, sandboxClock);
    }

    @Bean
    HubService hubService(ProfileRegistry profiles, BatchIntake intake, RecordLedger ledger, Faults faults,
                          BatchLog batches, AsyncReceipts async, Clock sandboxClock) {
        return new HubService(profiles, intake, ledger, faults, batches, async, sandboxClock);
    }

    @Bean
    FaultSwitchboard faultSwitchboard(Faults faults, PortSwitch port, Clock sandboxClock) {
        return new FaultSwitchboard(faults, port, sandboxClock);
    }

    @Bean
    RecordInspection recordInspection(RecordLedger ledger, BatchLog batches) {
        return new RecordInspection(ledger, batches);
    }

    @Bean
    SandboxAdmin sandboxAdmin(FaultSwitchboard faults, ProfileRegistry profiles, AsyncReceipts receipts) {
        return new SandboxAdmin(faults, profiles, receipts);
    }
}
