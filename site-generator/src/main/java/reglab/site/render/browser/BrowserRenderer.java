package reglab.site.render.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import reglab.site.SiteException;
import reglab.site.render.RenderKind;
import reglab.site.render.RenderListener;
import reglab.site.render.RenderRequest;
import reglab.site.render.RenderResult;
import reglab.site.render.Renderer;

/**
 * Renders a build's Mermaid diagrams (inline SVG), formulas (KaTeX HTML+MathML), code blocks
 * (highlight.js HTML) and search index (MiniSearch) in headless Chromium, as one batch per {@link #renderAll} call, spread over
 * as many render pages as the batch has work for, up to a limit ({@link RenderPool}). Results come
 * from, in order: this renderer's memory (it may be kept open across rebuilds, as {@code serve}
 * does), the disk cache (if a folder was given), the browser. The browser starts only when
 * something is not cached, so a build with nothing new never launches it; call
 * {@link #launchIfCold} before the content loads to start the browser meanwhile, then
 * {@link #prelaunchIfCold} to load the first page in the background while the build parses
 * Markdown ({@link #prelaunch} starts it even when the cache is warm, where it only costs time).
 *
 * <p>Output per kind: MERMAID → one {@code <div class="diagram-canvas diagram-canvas-light|dark">}
 * per drawing: a diagram that names its own theme is drawn once in it; one that names none is
 * drawn for the light and for the dark page theme (the canvases also carry {@code diagram-light}
 * and {@code diagram-dark}; site.css shows one). Each holds an
 * {@code <svg role="img" aria-labelledby=… aria-describedby=…>} with a {@code <title>} and a
 * {@code <desc>} text alternative and element ids prefixed by {@code mermaid-<first 12 hex digits
 * of the key>} (plus {@code -light}/{@code -dark}); its path data is rounded to a tenth of a unit
 * by svgo, and Mermaid's CSS moves to a {@code <style data-shared="mermaid-css-…">} that
 * {@link reglab.site.render.SharedStyles} keeps once per page. MATH_* → KaTeX's {@code <span class="katex…">};
 * CODE → {@code <pre><code class="hljs language-x">…</code></pre>} (unknown language: escaped text);
 * SEARCH_INDEX → MiniSearch's serialization of the index (JSON text, not HTML).
 * Errors carry the renderer's message and the line within the request's source.
 *
 * <p>Not thread-safe: one build at a time.
 */
public final class BrowserRenderer implements Renderer {

    /** Environment variable that moves the render cache (benchmarks use it to measure a cold build). */
    public static final String CACHE_ENV = "REGLAB_CACHE_DIR";

    /** Length of the key prefix that names a diagram's element ids. */
    static final int ID_LENGTH = 12;

    private final Supplier<HeadlessChromium> launcher;
    private final boolean ownsBrowser;
    private final int maxPages;
    private final boolean optimize;
    private final RenderCache diskCache;
    private final Map<String, String> memory = new HashMap<>();
    /** The browser's launch, once begun ({@link #launchIfCold} or {@link #prelaunch}). */
    private CompletableFuture<HeadlessChromium> launched;
    private CompletableFuture<Started> started;
    /** Set by {@link #close()}; read by the launch thread to skip loading a page nobody will use. */
    private volatile boolean closing;
    private int rendered;
    private int batches;
    private int warmUps;
    /** The first diagram of the last call that had one, for {@link #warmUp()}. */
    private RenderRequest lastDiagram;

    private record Started(HeadlessChromium chromium, RenderPool pool) {
    }

    /**
     * A renderer that launches {@code browser} (see {@link BrowserLocator}) when it first needs it.
     *
     * @param cacheDir the disk cache folder (e.g. {@code .reglab/cache/render}), or null for memory only
     * @param browser  the Chromium executable
     */
    public BrowserRenderer(Path cacheDir, Path browser) {
        this(cacheDir, browser, defaultPages());
    }

    /**
     * As {@link #BrowserRenderer(Path, Path)}, rendering in at most {@code maxPages} pages at once.
     *
     * @throws IllegalArgumentException if {@code maxPages} is below 1
     */
    public BrowserRenderer(Path cacheDir, Path browser, int maxPages) {
        this(cacheDir, () -> HeadlessChromium.launchForRendering(browser, List.of(), null), true, maxPages, true);
    }

    /**
     * Switches for a browser that lives for one build only: V8 stops at its baseline compiler
     * (Sparkplug, {@code --max-opt=1}) instead of optimizing hot functions with Maglev and
     * TurboFan. A cold build loads Mermaid, KaTeX and highlight.js once and draws a handful of
     * diagrams, too little for optimized code to repay its compile time on a 2-core machine;
     * a long-lived renderer ({@code serve}) keeps the full tiers, where they do pay.
     */
    static final List<String> ONE_BUILD_ARGS = List.of("--js-flags=--max-opt=1");

    /**
     * As {@link #BrowserRenderer(Path, Path, int)}, for a renderer that renders one build and is
     * closed ({@code ./reglab build}): the browser runs with {@link #ONE_BUILD_ARGS}, and with a
     * lasting profile ({@link RenderProfile}) that keeps the render page's compiled code for the
     * next build.
     *
     * @throws IllegalArgumentException if {@code maxPages} is below 1
     */
    public static BrowserRenderer forOneBuild(Path cacheDir, Path browser, int maxPages) {
        return new BrowserRenderer(cacheDir, () -> RenderProfile.launch(browser, ONE_BUILD_ARGS), true, maxPages, true);
    }

    /**
     * A renderer that opens its page in an already running browser and leaves it open on
     * {@link #close()} (for tests that share one browser).
     */
    public BrowserRenderer(Path cacheDir, HeadlessChromium shared) {
        this(cacheDir, shared, defaultPages());
    }

    /** As {@link #BrowserRenderer(Path, HeadlessChromium)}, rendering in at most {@code maxPages} pages at once. */
    public BrowserRenderer(Path cacheDir, HeadlessChromium shared, int maxPages) {
        this(cacheDir, () -> shared, false, maxPages, true);
    }

    /**
     * A renderer that keeps diagrams as Mermaid drew them: full-precision coordinates, each
     * diagram's CSS in its own {@code <style>}; otherwise as above (variants, ids, text
     * alternative). For tests that compare the optimized output with Mermaid's own. Memory cache
     * only; the browser stays open on {@link #close()}.
     */
    public static BrowserRenderer unoptimized(HeadlessChromium shared) {
        return new BrowserRenderer(null, () -> shared, false, defaultPages(), false);
    }

    private BrowserRenderer(Path cacheDir, Supplier<HeadlessChromium> launcher, boolean ownsBrowser, int maxPages,
                            boolean optimize) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("render pages must be at least 1, got " + maxPages);
        }
        this.launcher = launcher;
        this.ownsBrowser = ownsBrowser;
        this.maxPages = maxPages;
        this.optimize = optimize;
        this.diskCache = cacheDir == null ? null : new RenderCache(cacheDir, RenderPage.fingerprint());
    }

    /**
     * How many pages a renderer uses at most unless told: one per core the JVM may use, at most
     * four (each page is a renderer process of about 200 MB).
     */
    public static int defaultPages() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * The render cache folder for a project rooted at {@code root}: {@value #CACHE_ENV} if set,
     * else {@code <root>/.reglab/cache/render}.
     */
    public static Path defaultCacheDir(Path root) {
        String env = System.getenv(CACHE_ENV);
        return env != null && !env.isBlank() ? Path.of(env) : root.resolve(".reglab").resolve("cache").resolve("render");
    }

    /**
     * Starts the browser and loads the render page on a background thread, so it overlaps with
     * other work; {@link #renderAll} then waits for it. Calling it again does nothing.
     *
     * @param diagramsExpected true when the work will likely hold Mermaid diagrams: the page then
     *                         loads Mermaid at once (a second or more of browser CPU) rather than
     *                         when the first diagram arrives; a wrong guess costs time, never output
     */
    public synchronized void prelaunch(boolean diagramsExpected) {
        if (started == null) {
            launch();
            started = launched.thenApplyAsync(chromium -> start(chromium, diagramsExpected));
        }
    }

    /**
     * Starts the browser alone on a background thread when the disk cache is cold (as
     * {@link #prelaunchIfCold}), before anything says whether the work holds diagrams: a build
     * calls it before it loads its content, so the browser's start (most of a second of wall
     * time) overlaps the reading of the Markdown.
     * {@link #prelaunch} then loads the first page in it; {@link #close()} closes it even when no
     * page was loaded (the content failed to load).
     */
    public synchronized void launchIfCold() {
        if (diskCache == null || diskCache.isCold()) {
            launch();
        }
    }

    private synchronized void launch() {
        if (launched == null) {
            launched = CompletableFuture.supplyAsync(launcher);
        }
    }

    /**
     * {@link #prelaunch(boolean)} when the disk cache holds nothing for the current libraries (or
     * there is no disk cache), i.e. when the build will almost surely need the browser. A warm build
     * then does not start a browser it would only have to wait for and close.
     */
    public synchronized void prelaunchIfCold(boolean diagramsExpected) {
        if (launched != null || diskCache == null || diskCache.isCold()) {
            prelaunch(diagramsExpected);
        }
    }

    @Override
    public Map<String, RenderResult> renderAll(List<RenderRequest> requests) {
        return renderAll(requests, RenderListener.NONE);
    }

    @Override
    public Map<String, RenderResult> renderAll(List<RenderRequest> requests, RenderListener listener) {
        Map<String, RenderResult> results = new LinkedHashMap<>();
        Map<String, RenderRequest> missing = new LinkedHashMap<>();
        lastDiagram = requests.stream().filter(r -> r.kind() == RenderKind.MERMAID).findFirst().orElse(lastDiagram);
        for (RenderRequest r : requests) {
            String key = r.key();
            if (results.containsKey(key) || missing.containsKey(key)) {
                continue;
            }
            String html = memory.get(key);
            if (html == null && diskCache != null) {
                Optional<String> cached = diskCache.load(r);
                if (cached.isPresent()) {
                    html = cached.get();
                    memory.put(key, html);
                }
            }
            if (html != null) {
                results.put(key, RenderResult.ok(html));
            } else {
                missing.put(key, r);
            }
        }
        if (missing.isEmpty()) {
            listener.started(results.size(), results.size(), 0);
        } else {
            results.putAll(renderInBrowser(missing, results.size(), listener));
        }
        return results;
    }

    /**
     * Draws the last {@link #renderAll} call's first diagram again in the browser and throws the
     * drawing away, touching no cache or count. {@code serve} calls it once after its first build,
     * which usually comes whole from the cache: the render page has then drawn only its tiny
     * warm-up diagram, and the first diagram an edit changes would wait for the JavaScript engine
     * to compile Mermaid's layout and drawing code (several times as long as later edits, measured
     * with bench/serve-rebuild.sh). Does nothing when no diagram was asked for.
     */
    public void warmUp() {
        if (lastDiagram == null) {
            return;
        }
        pool().render(List.of(item(lastDiagram)), 1, result -> {
        });
        warmUps++;
    }

    private static Map<String, Object> item(RenderRequest r) {
        Map<String, Object> item = new HashMap<>(Map.of("key", r.key(), "id", r.key().substring(0, ID_LENGTH),
                "kind", r.kind().name(), "source", r.source(), "language", r.language()));
        if (r.kind() == RenderKind.MERMAID || r.kind() == RenderKind.SEARCH_INDEX) {
            // The big results, which serve's rebuilds change a little: the page sends each as a
            // delta against its last result for the same slot where that is smaller (result-delta.mjs).
            item.put("slot", r.kind() + " " + r.where());
        }
        return item;
    }

    private Map<String, RenderResult> renderInBrowser(Map<String, RenderRequest> missing, int cached, RenderListener listener) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (RenderRequest r : missing.values()) {
            items.add(item(r));
        }
        RenderPool pool = pool();
        int workers = pool.pagesFor(items);
        listener.started(cached + missing.size(), cached, workers);
        Map<String, RenderResult> results = new LinkedHashMap<>();
        try {
            pool.render(items, workers, o -> {
                String key = (String) o.get("key");
                RenderRequest request = missing.get(key);
                Object html = o.get("html");
                if (html != null) {
                    memory.put(key, (String) html);
                    if (diskCache != null) {
                        diskCache.store(request, (String) html);
                    }
                    results.put(key, RenderResult.ok((String) html));
                } else {
                    int line = o.get("line") instanceof Number n ? n.intValue() : 0;
                    results.put(key, RenderResult.failed(errorMessage(request.kind(), String.valueOf(o.get("error"))), line));
                }
                listener.rendered(request);
            });
        } catch (RenderStalled e) {
            throw stalled(e, missing);
        } catch (DevToolsException e) {
            String m = String.valueOf(e.getMessage()).strip();
            throw new SiteException("the build-time browser failed while rendering " + items.size()
                    + " item(s): " + (m.contains("\n") ? m.substring(0, m.indexOf('\n')) : m));
        }
        batches++;
        rendered += items.size();
        return results;
    }

    /** The error for a stalled page, naming where its items come from: one of them never finished. */
    private static SiteException stalled(RenderStalled e, Map<String, RenderRequest> requests) {
        List<String> where = new ArrayList<>();
        for (String key : e.keys()) {
            RenderRequest r = requests.get(key);
            if (r != null) {
                where.add(r.where() + " (" + r.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
            }
        }
        int shown = Math.min(where.size(), 10);
        return new SiteException("rendering stopped: the build-time browser worked for " + e.seconds() + " s on "
                + where.size() + (where.size() == 1 ? " item" : " items") + " without finishing; one of them likely never ends (a diagram whose "
                + "layout does not converge): " + String.join(", ", where.subList(0, shown))
                + (where.size() > shown ? " and " + (where.size() - shown) + " more" : "")
                + ". Check those diagrams (render each alone, or simplify it), then build again");
    }

    private static String errorMessage(RenderKind kind, String raw) {
        String prefix = switch (kind) {
            case MERMAID -> "Mermaid diagram error: ";
            case MATH_INLINE, MATH_DISPLAY -> raw.startsWith("KaTeX") ? "" : "TeX error: ";
            case CODE -> "code highlighting error: ";
            case SEARCH_INDEX -> "search index error: ";
        };
        return prefix + raw;
    }

    private RenderPool pool() {
        prelaunch(false);
        try {
            return started.join().pool();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new SiteException("could not start the build-time browser: " + e.getCause());
        }
    }

    private Started start(HeadlessChromium chromium, boolean diagramsExpected) {
        RenderPool pool = new RenderPool(chromium, maxPages, optimize);
        if (closing) {
            // Closed while the browser was starting (a build that found everything cached):
            // skip loading a page; close() shuts the browser down.
            return new Started(chromium, pool);
        }
        try {
            pool.openFirst(diagramsExpected);
            return new Started(chromium, pool);
        } catch (RuntimeException e) {
            pool.close();
            if (ownsBrowser) {
                chromium.close();
            }
            throw e;
        }
    }

    /** How many requests were sent to the browser so far (cache misses). */
    public int renderedCount() {
        return rendered;
    }

    /** How many browser batches ran so far (at most one per {@link #renderAll} call, however many pages it used). */
    public int batchCount() {
        return batches;
    }

    /** How many times {@link #warmUp()} drew a diagram. */
    public int warmUpCount() {
        return warmUps;
    }

    /** How many render pages are open (they stay open between batches). */
    public int pageCount() {
        return started == null || !started.isDone() ? 0 : pool().pageCount();
    }

    /** URLs the render pages requested so far (all at their private origin unless something tried the network). */
    public List<String> requestedUrls() {
        return started == null || !started.isDone() ? List.of() : pool().requestedUrls();
    }

    /** Requests the render pages tried outside their private origin; they were aborted. */
    public List<String> blockedUrls() {
        return started == null || !started.isDone() ? List.of() : pool().blockedUrls();
    }

    /** For tests: gives up on a render page that holds a chunk longer than {@code seconds} (see {@link RenderPool#STALL_SECONDS}). */
    void stallAfterForTests(long seconds) {
        pool().stallAfter(seconds);
    }

    /** The first render page, for tests that probe it (e.g. that the network is blocked). */
    RenderPage renderPageForTests() {
        return pool().first();
    }

    @Override
    public void close() {
        if (launched == null) {
            return;
        }
        closing = true;
        if (started == null) {
            closeUnusedBrowser();
            return;
        }
        Started s;
        try {
            s = started.join();
        } catch (CompletionException e) {
            return;
        }
        try {
            s.pool().close();
        } finally {
            if (ownsBrowser) {
                s.chromium().close();
            }
        }
    }

    /**
     * Closes a browser launched by {@link #launchIfCold} that no page was loaded in (the content
     * failed to load), once its launch ends. Waiting is what keeps it clean: a JVM that exits while
     * the browser is still starting leaves it running without its pipe.
     */
    private void closeUnusedBrowser() {
        HeadlessChromium chromium;
        try {
            chromium = launched.join();
        } catch (CompletionException e) {
            return;
        }
        if (ownsBrowser) {
            chromium.close();
        }
    }
}
