package reglab.site.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import reglab.site.SiteException;

/**
 * The {@code ./reglab serve} server: builds the site, serves the output folder on 127.0.0.1, and
 * rebuilds when the content folder changes, telling open pages to reload (or to show the error).
 *
 * <p>Threads: HTTP workers (a cached pool, since each open page holds one for its event stream),
 * the watcher thread, and one build thread that makes every {@link SiteRebuilder} call. Changes
 * that arrive during a build are merged into a single follow-up build.
 */
public final class DevServer implements AutoCloseable {

    public static final int DEFAULT_PORT = 8000;
    /**
     * Quiet time after the last file event before rebuilding. An editor's save (write a temporary
     * file and rename it, or truncate and write, a backup made and deleted) is a burst of events
     * well under a millisecond apart, so a short wait makes it one batch; a step that comes later,
     * while the build runs, makes that build superseded: the pages are told only about the build
     * that follows (see {@link #rebuild}), so a save in several steps still reloads them once,
     * with the finished file.
     */
    public static final Duration DEFAULT_QUIET = Duration.ofMillis(10);
    /**
     * Reports the build thread's CPU time next to wall time: on a busy machine the wall time says
     * more about the other processes than about the build.
     */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** How long {@link #close} waits for a running build to finish before giving up on it. */
    private static final long CLOSE_WAIT_SECONDS = 30;

    private final Path content;
    private final Path out;
    private final SiteRebuilder rebuilder;
    private final PrintStream log;
    private final LiveReload liveReload = new LiveReload();
    private final HttpServer http;
    private final ExecutorService httpWorkers;
    private final ExecutorService buildThread;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicBoolean closing = new AtomicBoolean();
    private final Set<Path> pendingChanges = new HashSet<>();
    private long pendingSinceNanos;
    private boolean rebuildQueued;
    private long warmUpStart;
    private ContentWatcher watcher;

    private DevServer(Path content, Path out, int port, SiteRebuilder rebuilder, PrintStream log) {
        this.content = content.toAbsolutePath().normalize();
        this.out = out.toAbsolutePath().normalize();
        this.rebuilder = rebuilder;
        this.log = log;
        if (this.out.startsWith(this.content)) {
            throw new SiteException("the output folder " + out + " is inside the content folder " + content
                    + ": every build would trigger another; choose an --out outside it");
        }
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (BindException e) {
            throw new SiteException("port " + port + " on 127.0.0.1 is already in use (another ./reglab serve?); "
                    + "stop that server or choose another port, e.g. --port " + (port < 65535 ? port + 1 : port - 1));
        } catch (IOException e) {
            throw new SiteException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
        }
        httpWorkers = Executors.newCachedThreadPool(daemon("reglab-http"));
        buildThread = Executors.newSingleThreadExecutor(daemon("reglab-build"));
    }

    /**
     * Builds the site once (failing like {@code build} would: the server does not start), then
     * serves {@code out} and watches {@code content}.
     *
     * @param port    TCP port on 127.0.0.1; 0 picks a free one (see {@link #url()})
     * @param quiet   debounce for file events, normally {@link #DEFAULT_QUIET}
     * @param log     where progress, rebuild timings and errors are printed
     * @throws SiteException if the port is taken, or the first build fails
     */
    public static DevServer start(Path content, Path out, int port, Duration quiet, SiteRebuilder rebuilder,
            PrintStream log) {
        DevServer server = new DevServer(content, out, port, rebuilder, log);
        try {
            server.firstBuild();
            server.http.setExecutor(server.httpWorkers);
            server.http.createContext("/", new SiteFileHandler(() -> server.out, server.liveReload));
            server.http.start();
            server.watcher = new ContentWatcher(server.content, quiet, server::onChanges);
            server.watcher.start();
            server.warmUpStart = System.nanoTime();
            server.buildThread.execute(server::warmUp);
            return server;
        } catch (IOException e) {
            server.close();
            throw new SiteException("cannot watch " + content + " for changes: " + e.getMessage());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The address to open, e.g. {@code http://127.0.0.1:8000/}. */
    public String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/";
    }

    /** Pages currently connected for live reload. */
    public int openPages() {
        return liveReload.listeners();
    }

    /** Blocks until {@link #close} has finished (from a shutdown hook, say). */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    private void firstBuild() {
        long start = System.nanoTime();
        try {
            buildThread.submit(rebuilder::build).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new SiteException("the build failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SiteException("interrupted during the first build");
        }
        liveReload.buildSucceeded();
        log.println("reglab: first build done in " + millisSince(start) + " ms");
    }

    /**
     * One warm-up step on the build thread; the next is queued behind any rebuild a change asked
     * for meanwhile, so that change waits for one step at most.
     */
    private void warmUp() {
        if (closing.get()) {
            return;
        }
        boolean more;
        try {
            more = rebuilder.warmUp();
        } catch (RuntimeException e) {
            // Only the first rebuilds' speed is at stake; a rebuild reports any real problem.
            log.println("reglab: (warming up for rebuilds failed: " + e.getMessage() + ")");
            return;
        }
        if (more) {
            buildThread.execute(this::warmUp);
        } else {
            log.println("reglab: warmed up for rebuilds in " + millisSince(warmUpStart) + " ms");
        }
    }

    /** Called on the watcher thread: queue one build for everything that changed meanwhile. */
    private void onChanges(ContentWatcher.Batch batch) {
        synchronized (pendingChanges) {
            if (pendingChanges.isEmpty()) {
                pendingSinceNanos = batch.firstNanos();
            }
            pendingChanges.addAll(batch.paths());
            if (rebuildQueued || closing.get()) {
                return;
            }
            rebuildQueued = true;
        }
        buildThread.execute(this::rebuild);
    }

    private void rebuild() {
        Set<Path> changes;
        long since;
        synchronized (pendingChanges) {
            changes = Set.copyOf(pendingChanges);
            since = pendingSinceNanos;
            pendingChanges.clear();
            rebuildQueued = false;
        }
        if (closing.get()) {
            return;
        }
        String what = describe(changes);
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        String note;
        try {
            note = rebuilder.build();
        } catch (RuntimeException e) {
            String message = e instanceof SiteException ? e.getMessage() : "unexpected " + e;
            if (rebuildPending()) {
                // Likely a file caught halfway through a save: the next build reads it whole.
                log.println("reglab: rebuild failed after " + what + " (" + millisSince(since) + " ms), but more changes "
                        + "arrived meanwhile; building again before telling pages: " + message.replace("\n", " "));
                return;
            }
            log.println("reglab: rebuild failed after " + what + " (" + millisSince(since) + " ms):");
            log.println("  error: " + message.replace("\n", "\n  "));
            log.println("  still serving the last good site; open pages show the error until it is fixed");
            liveReload.buildFailed(message);
            return;
        }
        long total = millisSince(since);
        long build = millisSince(start);
        String cpu = cpuStart < 0 ? ""
                : ", of which build-thread CPU " + TimeUnit.NANOSECONDS.toMillis(THREADS.getCurrentThreadCpuTime() - cpuStart) + " ms";
        String timing = "(build " + build + " ms" + cpu + (note == null || note.isEmpty() ? "" : ", " + note) + ")";
        if (rebuildPending()) {
            log.println("reglab: rebuilt in " + total + " ms after " + what + " " + timing
                    + "; more changes arrived meanwhile: building again before pages reload");
            return;
        }
        log.println("reglab: rebuilt in " + total + " ms after " + what + " " + timing + "; "
                + plural(liveReload.listeners(), "open page") + " reloading");
        liveReload.buildSucceeded();
    }

    /** Whether changes are waiting for a build (one is queued on the build thread). */
    boolean rebuildPending() {
        synchronized (pendingChanges) {
            return rebuildQueued;
        }
    }

    /**
     * Stops watching, ends the pages' event streams, stops the HTTP server and closes the
     * rebuilder (the browser) on the build thread. Safe to call more than once, from any thread.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            if (watcher != null) {
                watcher.close();
            }
            liveReload.close();
            http.stop(0);
            httpWorkers.shutdownNow();
            buildThread.execute(this::closeRebuilder);
            buildThread.shutdown();
            if (!buildThread.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.println("reglab: a build is still running after " + CLOSE_WAIT_SECONDS + " s; exiting without waiting for it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closed.countDown();
        }
    }

    private void closeRebuilder() {
        try {
            rebuilder.close();
        } catch (RuntimeException e) {
            // On Ctrl-C the terminal signals the browser too, so it may already be gone.
            log.println("reglab: note: closing the builder: " + e.getMessage());
        }
    }

    /** Names what changed; an editor's or sed's short-lived temporary files are left out when possible. */
    private String describe(Set<Path> changes) {
        if (changes.contains(Path.of("")) || changes.isEmpty()) {
            return "changes in the content folder";
        }
        List<String> existing = changes.stream().filter(p -> Files.exists(content.resolve(p)))
                .map(Path::toString).sorted().toList();
        List<String> named = existing.isEmpty() ? changes.stream().map(Path::toString).sorted().toList() : existing;
        String verb = existing.isEmpty() ? "removal of " : "change to ";
        return named.size() == 1 ? "a " + verb + named.get(0)
                : "changes to " + named.get(0) + " and " + (named.size() - 1) + " more";
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        };
    }
}
