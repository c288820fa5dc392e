package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Another Liberty server beside the one the build started, in the same installation: a copy of its
 * configuration and application (not its logs, work area or transaction log) under another name, or
 * a server of its own ({@link #of}); started and stopped with Liberty's own {@code server} script, as
 * an operator would.
 */
final class ServerCopy {
    private final Path wlp;
    private final String name;
    private final Path folder;

    ServerCopy(String name) throws IOException {
        this(first().resolveSibling(name));
        copy(first(), folder);
    }

    private ServerCopy(Path folder) {
        this.folder = folder;
        this.name = folder.getFileName().toString();
        this.wlp = folder.getParent().getParent().getParent();
    }

    /**
     * A server of its own: this configuration, and one application in its {@code apps} folder under the
     * file name the configuration gives it.
     */
    static ServerCopy of(String name, Path serverXml, Path application, String applicationFile) throws IOException {
        ServerCopy server = new ServerCopy(first().resolveSibling(name));
        Files.createDirectories(server.folder.resolve("apps"));
        Files.copy(serverXml, server.folder.resolve("server.xml"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(application, server.folder.resolve("apps").resolve(applicationFile),
                StandardCopyOption.REPLACE_EXISTING);
        return server;
    }

    /** The server the build started. */
    private static Path first() {
        return Path.of(System.getProperty("gateway.log")).getParent().getParent();
    }

    /**
     * Drops what the test build added to the copy (its server.env lines for these variable prefixes, and its
     * variable overrides, both of which win over the environment), so that the environment decides.
     */
    void withoutTestSettings(String variablePrefixes) throws IOException {
        Path env = folder.resolve("server.env");
        Files.writeString(env, Files.readString(env).replaceAll("(?m)^(" + variablePrefixes + ")_.*\\R?", ""));
        Files.delete(folder.resolve("configDropins/overrides/liberty-plugin-variable-config.xml"));
    }

    Path folder() {
        return folder;
    }

    /** Starts it with these environment variables added to this process's, and waits until it is ready. */
    void start(Map<String, String> environment, String readyUrl) throws Exception {
        run("start", environment);
        Instant deadline = Instant.now().plusSeconds(180);
        while (Gateway.get(readyUrl, null).status() != 200) {
            if (Instant.now().isAfter(deadline)) {
                fail("server " + name + " did not become ready; see " + folder.resolve("logs/messages.log"));
            }
            Thread.sleep(1000);
        }
    }

    /** Starts it with these environment variables added to this process's, without waiting for anything. */
    void launch(Map<String, String> environment) throws Exception {
        run("start", environment);
    }

    /** Its messages.log so far (empty before the server wrote one). */
    String messages() throws IOException {
        Path log = folder.resolve("logs/messages.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    void stop() throws Exception {
        run("stop", Map.of());
    }

    private void run(String action, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name)
                .redirectErrorStream(true).redirectOutput(wlp.resolve(name + "-" + action + ".out").toFile());
        builder.environment().putAll(environment);
        assertEquals(0, builder.start().waitFor(), "server " + action + " " + name);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(file);
                if (relative.getNameCount() > 0 && List.of("logs", "workarea", "tranlog")
                        .contains(relative.getName(0).toString())) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
