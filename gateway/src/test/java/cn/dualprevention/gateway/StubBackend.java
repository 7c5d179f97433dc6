package cn.dualprevention.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A stand-in for one service: a JDK HTTP server on a random loopback port that records what it receives. */
final class StubBackend implements AutoCloseable {

    /** One request as the service saw it. */
    record Received(String method, String path, String query, Headers headers, String body) {
    }

    /** What the service answers. */
    record Reply(int status, String body, long delayMillis) {

        static Reply of(int status, String body) {
            return new Reply(status, body, 0);
        }
    }

    private final String name;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Reply> responder = this::echo;

    private StubBackend(String name) throws IOException {
        this.name = name;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static StubBackend start(String name) {
        try {
            return new StubBackend(name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A loopback port nothing listens on (a service that is down). */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void respondWith(Function<Received, Reply> responder) {
        this.responder = responder;
    }

    List<Received> received() {
        return received;
    }

    List<Received> receivedOn(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** The default answer: the status asked for in {@code X-Stub-Status} (200), naming service, method and path. */
    private Reply echo(Received request) {
        String status = request.headers().getFirst("X-Stub-Status");
        return Reply.of(status == null ? 200 : Integer.parseInt(status),
                "{\"service\":\"" + name + "\",\"method\":\"" + request.method() + "\",\"path\":\"" + request.path()
                        + "\",\"bodyLength\":" + request.body().length() + "}");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            Headers headers = new Headers();
            headers.putAll(exchange.getRequestHeaders());
            Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), headers, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            received.add(request);
            Reply reply = responder.apply(request);
            if (reply.delayMillis() > 0) {
                sleep(reply.delayMillis());
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("X-Stub-Service", name);
            boolean noBody = body.length == 0 || "HEAD".equals(request.method());
            exchange.sendResponseHeaders(reply.status(), noBody ? -1 : body.length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
