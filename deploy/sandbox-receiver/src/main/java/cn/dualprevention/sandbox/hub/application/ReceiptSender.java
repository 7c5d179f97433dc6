package cn.dualprevention.sandbox.hub.application;

/** Delivers receipts to a sender's receipt URL (with retries). */
public interface ReceiptSender {

    void send(String url, String user, String password, ReceiptPush receipt);
}
