package io.revalign.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged application run as its own process, as {@code bin/suite} runs it: its API on one port, its
 * management interface (health, metrics) on another, on loopback.
 */
final class AppProcess {

    /** bin/suite's memory settings, so the applications are tested as small as they are run. */
    private static final List<String> JVM_OPTIONS =
            List.of("-XX:+UseSerialGC", "-Xms16m", "-Xmx192m", "-XX:MaxMetaspaceSize=128m");

    private final String name;
    private final Path jar;
    private final int port;
    private final int managementPort = Suite.freePort();
    private final Map<String, String> env;
    private final Path log;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private Process process;

    AppProcess(String name, Path jar, int port, Map<String, String> env, Path log) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.env = env;
        this.log = log;
    }

    String name() {
        return name;
    }

    /** The environment it starts with (each start reads it anew). */
    Map<String, String> env() {
        return env;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    /** The management interface: /q/health, /q/metrics and a service's own contract. */
    String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    void start() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        builder.environment().put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** Waits until readiness answers 200; fails with the log's name when it does not come. */
    void awaitReady(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!ready()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped during start-up; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " not ready after " + limit + "; see " + log);
            }
            sleep(100);
        }
    }

    boolean ready() {
        return Suite.answers200(http, managementUrl() + "/q/health/ready");
    }

    /** SIGKILL: the process is gone at once, in-flight requests with it. */
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            await(Duration.ofSeconds(10));
        }
    }

    /** SIGTERM, as an orchestrator stops a replica; returns without waiting for the exit. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the process to exit; true when it did within {@code limit}. */
    boolean await(Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    int exitValue() {
        return process.exitValue();
    }

    Path log() {
        return log;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
