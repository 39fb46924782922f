package reglab.site.render.browser;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import reglab.site.SiteException;

/**
 * Finds the Chromium that build-time rendering runs in, in this order: an explicit path (the
 * {@code --browser} option), the environment variable {@value #ENV}, a Chromium or Chrome on the
 * {@code PATH} (Debian's {@code /usr/bin/chromium} first), a browser Playwright itself installed
 * under {@code ~/.cache/ms-playwright} (or {@code PLAYWRIGHT_BROWSERS_PATH}). When none is found
 * and the process runs as root on Debian, it installs Debian's {@code chromium} package with
 * apt-get, printing one progress line; otherwise it stops with one line saying what to install.
 * It never downloads a browser build of its own, so it cannot hang on a download.
 */
public final class BrowserLocator {

    /** Environment variable naming the browser executable. */
    public static final String ENV = "REGLAB_BROWSER";

    /** Executable names looked up on the PATH, most specific first. */
    static final List<String> PATH_NAMES =
            List.of("chromium", "chromium-browser", "google-chrome-stable", "google-chrome", "chrome");

    /** Where Debian's chromium package puts its launcher. */
    static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

    /** apt-get gets this long for update plus install before we give up (a stuck mirror or lock). */
    private static final long INSTALL_TIMEOUT_MINUTES = 15;

    private static final String WHAT_TO_INSTALL = "no Chromium browser found: install one (Debian/Ubuntu: "
            + "apt-get install -y chromium) or name it with --browser PATH or the environment variable " + ENV;

    private final Map<String, String> env;
    private final PrintStream progress;
    private final boolean mayInstall;

    /** Uses the process environment, reports progress on stderr, and may install with apt-get. */
    public BrowserLocator() {
        this(System.getenv(), System.err, true);
    }

    /**
     * @param env        the environment to read {@value #ENV}, {@code PATH}, {@code HOME} from
     * @param progress   where the one install progress line goes
     * @param mayInstall whether a missing browser may be installed with apt-get (root on Debian only)
     */
    public BrowserLocator(Map<String, String> env, PrintStream progress, boolean mayInstall) {
        this.env = env;
        this.progress = progress;
        this.mayInstall = mayInstall;
    }

    /**
     * @param explicit the {@code --browser} value, or null
     * @return an executable browser
     * @throws SiteException with one line saying what to install or fix
     */
    public Path locate(String explicit) {
        if (explicit != null && !explicit.isBlank()) {
            return checked(Path.of(explicit), "--browser " + explicit);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return checked(Path.of(fromEnv), ENV + "=" + fromEnv);
        }
        List<Path> found = candidates();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        if (mayInstall && canInstallWithApt()) {
            installChromium();
            if (isExecutable(DEBIAN_CHROMIUM)) {
                return DEBIAN_CHROMIUM;
            }
        }
        throw new SiteException(WHAT_TO_INSTALL);
    }

    /** Browsers found without installing anything, in order of preference. */
    List<Path> candidates() {
        List<Path> found = new ArrayList<>();
        String path = env.getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        for (String name : PATH_NAMES) {
            for (String dir : path.split(":")) {
                if (!dir.isEmpty() && isExecutable(Path.of(dir, name))) {
                    found.add(Path.of(dir, name));
                    break;
                }
            }
        }
        found.addAll(playwrightManaged());
        return found;
    }

    /** Chromium builds Playwright downloaded earlier (newest first); we only use them, never fetch them. */
    private List<Path> playwrightManaged() {
        String base = env.get("PLAYWRIGHT_BROWSERS_PATH");
        Path root = base != null && !base.isBlank() && !base.equals("0")
                ? Path.of(base)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".cache", "ms-playwright");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.filter(d -> d.getFileName().toString().startsWith("chromium"))
                    .sorted(Comparator.comparing(Path::toString).reversed())
                    .forEach(d -> {
                        for (String exe : List.of("chrome-linux64/chrome", "chrome-linux/chrome",
                                "chrome-headless-shell-linux64/chrome-headless-shell")) {
                            if (isExecutable(d.resolve(exe))) {
                                found.add(d.resolve(exe));
                            }
                        }
                    });
        } catch (IOException e) {
            return List.of();
        }
        return found;
    }

    private static Path checked(Path p, String what) {
        if (!isExecutable(p)) {
            throw new SiteException(what + ": no executable browser there; give the path of a Chromium "
                    + "or Chrome executable (Debian: apt-get install -y chromium, then /usr/bin/chromium)");
        }
        return p;
    }

    private static boolean isExecutable(Path p) {
        return Files.isRegularFile(p) && Files.isExecutable(p);
    }

    private static boolean canInstallWithApt() {
        return Files.exists(Path.of("/etc/debian_version")) && isExecutable(Path.of("/usr/bin/apt-get")) && isRoot();
    }

    private static boolean isRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("Uid:")) {
                    return line.split("\\s+")[1].equals("0");
                }
            }
        } catch (IOException e) {
            // Not Linux's /proc: fall back to the account name.
        }
        return "root".equals(System.getProperty("user.name"));
    }

    private void installChromium() {
        progress.println("reglab: no browser found; installing Debian's chromium package "
                + "(apt-get update && apt-get install -y chromium), this takes a minute ...");
        Path log;
        try {
            log = Files.createTempFile("reglab-apt-", ".log");
        } catch (IOException e) {
            throw new SiteException(WHAT_TO_INSTALL + " (could not create a log file for apt-get: " + e.getMessage() + ")");
        }
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c",
                "apt-get update -q && apt-get install -y -q -o DPkg::Lock::Timeout=120 chromium")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
        try {
            Process p = pb.start();
            if (!p.waitFor(INSTALL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new SiteException("installing chromium with apt-get took over " + INSTALL_TIMEOUT_MINUTES
                        + " minutes and was stopped (log: " + log + "); " + WHAT_TO_INSTALL);
            }
            if (p.exitValue() != 0) {
                throw new SiteException("apt-get could not install chromium (exit " + p.exitValue() + ", log: " + log
                        + "); " + WHAT_TO_INSTALL);
            }
        } catch (IOException e) {
            throw new SiteException("could not run apt-get: " + e.getMessage() + "; " + WHAT_TO_INSTALL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SiteException("interrupted while installing chromium; " + WHAT_TO_INSTALL);
        }
    }
}
