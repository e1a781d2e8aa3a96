package com.tokenomics.api;

import com.tokenomics.slack.SlackRequests;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * target/function.zip unpacked and started as Lambda starts it, against a {@link RuntimeApi}: a native
 * {@code bootstrap} is run as the provided.al2023 runtime runs it; otherwise the JVM function runs under AWS's
 * runtime interface client with the zip as its task root, as the managed java21 runtime runs it.
 */
final class PackagedFunction implements AutoCloseable {

    /** The handler infra/ gives the JVM function, from Quarkus's generated SAM template. */
    static final String HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    private static final String RUNTIME_CLIENT_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    private static final byte[] ELF_MAGIC = { 0x7f, 'E', 'L', 'F' };
    /** The function's memory in infra/ for the native runtime. */
    private static final int MEMORY_MIB = 512;

    private final Process process;
    private final boolean nativeExecutable;
    private final Path log;

    private PackagedFunction(Process process, boolean nativeExecutable, Path log) {
        this.process = process;
        this.nativeExecutable = nativeExecutable;
        this.log = log;
    }

    /** Unpacks the zip into a fresh work directory, keeping the entries' Unix permissions. */
    static Path unpack(Path zip, Path workDirectory) throws IOException {
        Path taskRoot = workDirectory.resolve("task");
        if (Files.exists(taskRoot)) {
            try (Stream<Path> old = Files.walk(taskRoot)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(taskRoot);
        try (FileSystem entries = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()),
                Map.of("enablePosixFileAttributes", "true"))) {
            Path root = entries.getPath("/");
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path entry : walk.toList()) {
                    Path target = taskRoot.resolve(root.relativize(entry).toString());
                    if (Files.isDirectory(entry)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(entry, target);
                        Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(entry));
                    }
                }
            }
        }
        return taskRoot;
    }

    /** True when the task root holds a native executable named bootstrap, the provided runtimes' entry point. */
    static boolean holdsNativeBootstrap(Path taskRoot) throws IOException {
        Path bootstrap = taskRoot.resolve("bootstrap");
        if (!Files.isRegularFile(bootstrap)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(bootstrap)) {
            return Arrays.equals(in.readNBytes(ELF_MAGIC.length), ELF_MAGIC);
        }
    }

    /** The host of the API Gateway address the events name. */
    static final String API_HOST = "abc123.execute-api.eu-central-1.amazonaws.com";

    /**
     * Starts the function with Lambda's environment. The JVM function's runtime client comes from
     * {@code runtimeClientDirectory} (its jars, as the managed runtime holds them outside the task root).
     */
    static PackagedFunction start(Path taskRoot, RuntimeApi api, Path runtimeClientDirectory, Path log)
            throws IOException {
        boolean nativeExecutable = holdsNativeBootstrap(taskRoot);
        List<String> command = new ArrayList<>();
        if (nativeExecutable) {
            command.add(taskRoot.resolve("bootstrap").toString());
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            // What the managed Java runtimes start the JVM with (tiered compilation stopped at C1, serial GC).
            command.add("-XX:+TieredCompilation");
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-XX:+UseSerialGC");
            command.add("-cp");
            command.add(runtimeClientDirectory.resolve("*").toString());
            command.add(RUNTIME_CLIENT_MAIN);
            command.add(HANDLER);
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(taskRoot.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        // Lambda's environment, not the build's (https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html).
        environment.clear();
        environment.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        environment.put("LANG", "en_US.UTF-8");
        environment.put("TZ", ":UTC");
        environment.put("AWS_LAMBDA_RUNTIME_API", api.address());
        environment.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        environment.put("_HANDLER", nativeExecutable ? "not.used.in.provided.runtime" : HANDLER);
        environment.put("AWS_REGION", "eu-central-1");
        environment.put("AWS_DEFAULT_REGION", "eu-central-1");
        environment.put("AWS_LAMBDA_FUNCTION_NAME", "tokenomics");
        environment.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(MEMORY_MIB));
        environment.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/tokenomics");
        environment.put("AWS_LAMBDA_LOG_STREAM_NAME", "2026/01/01/[$LATEST]0123456789abcdef");
        if (!nativeExecutable) {
            environment.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
        }
        // As the stack sets them: the API's own address, the only one the function names in links, and one Vert.x
        // event loop.
        environment.put("TOKENOMICS_PUBLIC_URL", "https://" + API_HOST);
        environment.put("QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE", "1");
        // The Slack secret from the configuration instead of Secrets Manager, which is not here.
        environment.put("TOKENOMICS_SLACK_SIGNING_SECRET", SlackRequests.TEST_SECRET);
        return new PackagedFunction(builder.start(), nativeExecutable, log);
    }

    boolean nativeExecutable() {
        return nativeExecutable;
    }

    /** The process's resident set, from /proc (Linux). */
    long residentKiB() {
        try (Stream<String> status = Files.lines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            return status.filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /** What the function printed, for failure messages. */
    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
