package cn.dualprevention.exchange.receiver.application;

import cn.dualprevention.exchange.receiver.domain.ReceiverSecrets;

/** Seals receiver secrets for storage and opens them again (AES-GCM under the master key). */
public interface SecretBox {

    /** False when no master key is configured: secrets can then be neither stored nor read. */
    boolean available();

    String seal(ReceiverSecrets secrets);

    ReceiverSecrets open(String sealed);
}
