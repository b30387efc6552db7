package org.tdah.assistant.adapters.persistence.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import redis.embedded.RedisServer;

/**
 * A real Redis server run from the binary that ships in a Maven artifact, on a free loopback port,
 * for the {@code dev} mode and the tests. With a data directory it keeps an append-only file there
 * so that sessions and counters survive restarts; without one it keeps nothing on disk.
 *
 * <p>The process stops on {@link #close()} and when the JVM shuts down.
 */
public final class EmbeddedRedisServer implements AutoCloseable {
    private final RedisServer server;
    private final int port;

    private EmbeddedRedisServer(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static EmbeddedRedisServer start(Optional<Path> dataDirectory) {
        try {
            int port = freePort();
            var builder = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("protected-mode yes");
            if (dataDirectory.isPresent()) {
                Path directory = dataDirectory.get().toAbsolutePath();
                Files.createDirectories(directory);
                builder.setting("dir " + directory)
                        .setting("appendonly yes")
                        .setting("save \"\"");
            } else {
                builder.setting("appendonly no").setting("save \"\"");
            }
            RedisServer server = builder.build();
            server.start();
            return new EmbeddedRedisServer(server, port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Redis", e);
        }
    }

    public int port() {
        return port;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public boolean isRunning() {
        return server.isActive();
    }

    /** Starts the same server again after {@link #stop()}, on the same port. */
    public void restart() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restart the embedded Redis", e);
        }
    }

    public void stop() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
