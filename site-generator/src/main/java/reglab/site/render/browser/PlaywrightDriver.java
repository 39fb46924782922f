package reglab.site.render.browser;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import reglab.site.files.FileTrees;

/**
 * Prepares how Playwright for Java starts its Node.js driver, so a cold start does not copy the
 * driver out of its jar each time. By default Playwright extracts the driver scripts (13 MB) and
 * its bundled Node.js (126 MB) into a fresh temporary folder on every start. Instead, when a
 * system {@code node} (18 or newer) exists, this extracts only the driver scripts once into a
 * per-user cache folder keyed by the driver jar, points Playwright at it (system property
 * {@code playwright.cli.dir}) and runs it with the system node ({@code PLAYWRIGHT_NODEJS_PATH}).
 * Without a usable system node, Playwright's own extraction is left untouched.
 *
 * <p>With the extracted driver, the system node also preloads {@code driver-code-cache.cjs}
 * ({@code NODE_OPTIONS=--require}), which keeps V8's compiled code of the driver's two large
 * bundles in {@code <driver folder>/code-cache/}: the driver then starts with about 0.2 s less CPU
 * (measured with {@code node cli.js run-driver}: 0.51 s user time, 0.30 s with the cache), on the
 * critical path of every cold build. Like the launcher's class-data sharing archive it holds the
 * tool's code, never rendered output; {@code REGLAB_CDS=0} turns both off.
 */
final class PlaywrightDriver {

    private static final String CLI_DIR_PROPERTY = "playwright.cli.dir";
    private static final String NODE_ENV = "PLAYWRIGHT_NODEJS_PATH";
    private static final int MIN_NODE_MAJOR = 18;
    private static final String CODE_CACHE_SCRIPT = "driver-code-cache.cjs";

    private static Map<String, String> prepared;

    private PlaywrightDriver() {
    }

    /**
     * Returns the environment to give {@code Playwright.create}: never downloads browsers, and uses
     * the system node where possible. Sets {@code playwright.cli.dir} once per JVM (Playwright reads
     * it once, when the first instance starts).
     */
    static synchronized Map<String, String> environment() {
        if (prepared != null) {
            return prepared;
        }
        Map<String, String> env = new HashMap<>();
        env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        String node = System.getenv(NODE_ENV);
        if (node == null || !Files.isExecutable(Path.of(node))) {
            node = systemNode();
        }
        if (node != null) {
            env.put(NODE_ENV, node);
            if (System.getProperty(CLI_DIR_PROPERTY) == null && System.getenv("PLAYWRIGHT_DRIVER_DIR") == null) {
                Path dir = extractedDriver();
                if (dir != null) {
                    System.setProperty(CLI_DIR_PROPERTY, dir.toString());
                    if (!"0".equals(System.getenv("REGLAB_CDS"))) {
                        codeCache(dir, env);
                    }
                }
            }
        }
        prepared = Map.copyOf(env);
        return prepared;
    }

    /**
     * Puts {@value #CODE_CACHE_SCRIPT} beside the extracted driver (once per content) and has the
     * driver's node preload it; leaves {@code env} as it was if the script cannot be written.
     */
    private static void codeCache(Path driverDir, Map<String, String> env) {
        byte[] script = RenderPage.read("reglab/site/render/browser/" + CODE_CACHE_SCRIPT);
        if (script == null) {
            return;
        }
        Path file = driverDir.resolve("reglab-" + CODE_CACHE_SCRIPT);
        try {
            if (!Files.isRegularFile(file) || !java.util.Arrays.equals(Files.readAllBytes(file), script)) {
                Path tmp = Files.createTempFile(driverDir, "code-cache-", ".tmp");
                try {
                    Files.write(tmp, script);
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        String inherited = System.getenv("NODE_OPTIONS");
        String require = "--require \"" + file.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        env.put("NODE_OPTIONS", inherited == null || inherited.isBlank() ? require : inherited + " " + require);
        env.put("REGLAB_DRIVER_CODE_CACHE", driverDir.resolve("code-cache").toString());
    }

    /** The first {@code node} on the PATH whose major version is at least {@value #MIN_NODE_MAJOR}. */
    private static String systemNode() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "node");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return nodeMajor(candidate) >= MIN_NODE_MAJOR ? candidate.toString() : null;
            }
        }
        return null;
    }

    /**
     * {@code node}'s major version, remembered per binary (its real path, size and modification
     * time) in the cache folder: asking it ({@code node --version}, 40-90 ms) sits on the path to
     * the browser's start in every build, and the answer only changes with the binary.
     */
    static int nodeMajor(Path node) {
        String id;
        Path file;
        try {
            Path real = node.toRealPath();
            id = real + " " + Files.size(real) + " " + Files.getLastModifiedTime(real).toMillis();
            file = cacheRoot().resolve("node-version-" + Integer.toHexString(id.hashCode()) + "-" + id.length());
            List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
            if (lines.size() == 2 && lines.get(0).equals(id)) {
                return Integer.parseInt(lines.get(1));
            }
        } catch (IOException | RuntimeException e) {
            return askNodeMajor(node);
        }
        int major = askNodeMajor(node);
        if (major > 0) {
            try {
                Files.createDirectories(file.getParent());
                Path tmp = Files.createTempFile(file.getParent(), "node-version-", ".tmp");
                try {
                    Files.writeString(tmp, id + "\n" + major + "\n", StandardCharsets.UTF_8);
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException | RuntimeException e) {
                // not remembered: the next build asks again
            }
        }
        return major;
    }

    private static int askNodeMajor(Path node) {
        try {
            Process p = new ProcessBuilder(node.toString(), "--version").redirectErrorStream(true).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0 || !out.startsWith("v")) {
                return -1;
            }
            return Integer.parseInt(out.substring(1, out.indexOf('.')));
        } catch (IOException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * Extracts {@code driver/package/**} of the Playwright driver jar into
     * {@code <cache>/playwright-driver-<jar name>-<jar size>/} once (atomically: into a temporary
     * sibling, then renamed), or returns null when the driver is not in a jar we can read.
     */
    private static Path extractedDriver() {
        URL cli = PlaywrightDriver.class.getClassLoader().getResource("driver/package/cli.js");
        if (cli == null || !"jar".equals(cli.getProtocol())) {
            return null;
        }
        try {
            JarURLConnection conn = (JarURLConnection) cli.openConnection();
            Path jarPath = Path.of(conn.getJarFileURL().toURI());
            String id = jarPath.getFileName().toString().replaceAll("\\.jar$", "") + "-" + Files.size(jarPath);
            Path target = cacheRoot().resolve("playwright-" + id);
            if (Files.isRegularFile(target.resolve("package/cli.js"))) {
                return target;
            }
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempDirectory(target.getParent(), "playwright-extract-");
            try (JarFile jar = new JarFile(jarPath.toFile())) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry e = entries.nextElement();
                    if (e.isDirectory() || !e.getName().startsWith("driver/package/")) {
                        continue;
                    }
                    Path out = tmp.resolve(e.getName().substring("driver/".length())).normalize();
                    if (!out.startsWith(tmp)) {
                        continue;
                    }
                    Files.createDirectories(out.getParent());
                    try (InputStream in = jar.getInputStream(e)) {
                        Files.copy(in, out);
                    }
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // Another process extracted it at the same time; theirs is as good as ours.
                FileTrees.deleteQuietly(tmp);
            } catch (IOException e) {
                FileTrees.deleteQuietly(tmp);
                if (!Files.isRegularFile(target.resolve("package/cli.js"))) {
                    throw e;
                }
            }
            return target;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** {@code $XDG_CACHE_HOME/reglab}, else {@code ~/.cache/reglab}. */
    static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "reglab");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "reglab");
    }
}
