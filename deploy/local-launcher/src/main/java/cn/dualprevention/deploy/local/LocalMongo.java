package cn.dualprevention.deploy.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The local MongoDB: mongo-java-server speaking the wire protocol over an H2 MVStore file.
 *
 * <p>Runs as its own process ({@code java -cp <launcher jar> ...LocalMongo <port> <file>}) or in-process
 * through {@link #start(int, Path)}. {@link #close()} stops listening, closes the client connections and then
 * closes the MVStore, which writes the last chunk and the file header; a shutdown hook does this on SIGTERM
 * and Ctrl-C.
 */
public final class LocalMongo implements AutoCloseable {

    /** Printed on standard output when the server accepts connections. */
    public static final String READY_LINE = "LocalMongo ready";

    private final MVStore store;
    private final H2Backend backend;
    private final MongoServer server;
    private final int port;
    private boolean closed;

    private LocalMongo(MVStore store, H2Backend backend, MongoServer server, int port) {
        this.store = store;
        this.backend = backend;
        this.server = server;
        this.port = port;
    }

    /** Opens (or creates) the file and binds to localhost on the port; 0 picks a free port. */
    public static LocalMongo start(int port, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        MVStore store = new MVStore.Builder()
                .fileName(file.toAbsolutePath().toString())
                // Keep whole pages in the cache (MB); the H2 default of 16 MB is small for a busy local database.
                .cacheSize(64)
                .open();
        H2Backend backend = new LocalMongoBackend(store);
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(new InetSocketAddress("localhost", port));
        } catch (RuntimeException e) {
            server.shutdownNow();
            closeQuietly(store);
            throw new IOException("cannot bind MongoDB to port " + port + ": " + e.getMessage(), e);
        }
        return new LocalMongo(store, backend, server, server.getLocalAddress().getPort());
    }

    public int port() {
        return port;
    }

    public String connectionString() {
        return "mongodb://localhost:" + port;
    }

    /** Forces the pending changes to the file (H2 also does this in the background about every second). */
    public void commit() {
        backend.commit();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // Stops accepting, closes the client channels, waits for the event loops, then closes the backend
        // (the MVStore: writes the pending chunk and the file header).
        server.shutdownNow();
        if (!store.isClosed()) {
            // The backend normally closed it already; make sure the file is complete in any case.
            store.close();
        }
    }

    private static void closeQuietly(MVStore store) {
        try {
            store.close();
        } catch (RuntimeException ignored) {
            store.closeImmediately();
        }
    }

    /** {@code LocalMongo <port> <file>} — runs until SIGTERM / SIGINT. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: LocalMongo <port> <file>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        LocalMongo mongo;
        try {
            mongo = start(port, file);
        } catch (Exception e) {
            System.err.println("LocalMongo failed to start: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
            return;
        }
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("LocalMongo closing " + file);
            try {
                mongo.close();
                System.out.println("LocalMongo closed cleanly");
            } finally {
                closed.countDown();
            }
        }, "local-mongo-shutdown"));
        System.out.println(READY_LINE + " on port " + mongo.port() + " (file " + file.toAbsolutePath() + ")");
        System.out.flush();
        closed.await();
    }
}
