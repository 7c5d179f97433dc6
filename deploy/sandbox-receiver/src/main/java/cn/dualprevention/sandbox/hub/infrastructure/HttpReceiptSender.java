package cn.dualprevention.sandbox.hub.infrastructure;

import cn.dualprevention.sandbox.hub.application.ReceiptPush;
import cn.dualprevention.sandbox.hub.application.ReceiptSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** POSTs receipts as JSON; on an I/O error or a non-2xx answer retries after 1 s, 2 s and 4 s, then gives up. */
public final class HttpReceiptSender implements ReceiptSender, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpReceiptSender.class);
    private static final long[] RETRY_DELAYS_MS = {1000, 2000, 4000};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sandbox-receipt-push");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void send(String url, String user, String password, ReceiptPush receipt) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(BatchJson.write(receipt), StandardCharsets.UTF_8));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8)));
        }
        HttpRequest request = b.build();
        executor.execute(() -> attempt(request, receipt.batchId(), 0));
    }

    private void attempt(HttpRequest request, String batchId, int retry) {
        String problem;
        try {
            HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() / 100 == 2) {
                return;
            }
            problem = "status " + r.statusCode();
        } catch (java.io.IOException e) {
            problem = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (retry < RETRY_DELAYS_MS.length) {
            executor.schedule(() -> attempt(request, batchId, retry + 1), RETRY_DELAYS_MS[retry], TimeUnit.MILLISECONDS);
        } else {
            LOG.warn("receipt of batch {} not delivered to {} ({}); it stays fetchable", batchId, request.uri(), problem);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
