package reglab.site.render.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.WaitUntilState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import reglab.site.SiteException;

/**
 * The browser page diagrams, formulas and code are rendered in. It lives at the origin of a
 * {@link RenderServer} on the loopback interface, which serves it from the class path (the vendor
 * libraries under {@code /reglab/vendor/}, the page itself next to this class, the theme's search
 * options as {@code /theme/search-options.js}); any request to another origin is aborted and
 * remembered, so rendering never touches the network. In a browser with a lasting profile
 * ({@link RenderProfile}) the page opens as a tab of the profile's context, at the server's
 * cacheable origin ({@link RenderServer#cachedOrigin()}), and the browser's host-resolver rule
 * does the aborting, since routing requests would turn the cache off; otherwise it opens in a new
 * context of its own, at {@link RenderServer#origin()}, whose route aborts the other requests.
 *
 * <p>Work reaches the page as a queue it pulls from: {@link #runQueue} starts a loop in the page
 * that asks the {@link Queue} for the next chunk of items, renders it with
 * {@code window.reglab.renderBatch} (see render.mjs for the item shape) and hands the results back
 * (as deltas where smaller: result-delta.mjs, {@link ResultDelta}), until the queue says there is
 * no more. Several pages, each in a renderer process of its own, can
 * pull from one queue at once while the Java thread waits ({@link #waitUntil}) and answers them.
 * Within a page one loop runs at a time: Mermaid keeps global state while it draws.
 */
final class RenderPage implements AutoCloseable {

    private static final String PAGE_RESOURCES = "reglab/site/render/browser/";
    /** The theme's search options, which the build's index and the pages must share. */
    private static final String SEARCH_OPTIONS = "reglab/theme/search-options.js";
    private static final String[] FINGERPRINTED = {
        "reglab/vendor/versions.properties", PAGE_RESOURCES + "render.html", PAGE_RESOURCES + "render.mjs",
        PAGE_RESOURCES + "mermaid-diagram.mjs", PAGE_RESOURCES + "diagram-themes.mjs", PAGE_RESOURCES + "shared-styles.mjs",
        PAGE_RESOURCES + "svg-optimizer.mjs", PAGE_RESOURCES + "svg-optimizer-worker.mjs",
        PAGE_RESOURCES + "search-index.mjs", PAGE_RESOURCES + "search-index-worker.js",
        PAGE_RESOURCES + "result-delta.mjs", SEARCH_OPTIONS,
    };

    /**
     * The page's side of the queue: a loop for one batch waits for the libraries, then asks for
     * chunks until there is none; a loop started while an older one runs waits for it to end.
     */
    private static final String PULL_LOOP = """
            ({ batch, optimize }) => {
              const previous = window.reglabQueue ?? Promise.resolve();
              window.reglabQueue = previous.then(async () => {
                while (window.reglabReady !== true) await new Promise((resolve) => setTimeout(resolve, 5));
                for (;;) {
                  const items = await window.reglabNext(batch);
                  if (items == null) return;
                  let results;
                  let handed;
                  try {
                    results = await window.reglab.renderBatch(items, optimize);
                    handed = await window.reglab.handOff(items, results);
                  } catch (e) {
                    await window.reglabFailed(batch, String(e?.stack ?? e));
                    return;
                  }
                  const resend = await window.reglabDone(batch, handed);
                  if (resend.length > 0) await window.reglabDone(batch, window.reglab.fullResults(items, results, resend));
                }
              });
            }
            """;

    /** Where a page's loop takes its work from and gives its results to; called on the waiting thread. */
    interface Queue {
        /** The next chunk of items for {@code page} in batch {@code batch}, or null when there is none. */
        List<Map<String, Object>> next(RenderPage page, int batch);

        /**
         * Results of a chunk, in the chunk's order, some perhaps as deltas (result-delta.mjs);
         * returns the keys of those whose delta did not apply, which the page then sends whole.
         */
        List<String> done(RenderPage page, int batch, List<Map<String, Object>> results);

        /** The page's render function threw (an item's error comes back as a result instead). */
        void failed(RenderPage page, int batch, String message);
    }

    private final RenderServer server;
    /** The page's own context, closed with it; null for a tab of a profile's context. */
    private final BrowserContext context;
    private final String origin;
    private final Page page;
    private final List<String> requested = Collections.synchronizedList(new ArrayList<>());
    private final List<String> blocked = Collections.synchronizedList(new ArrayList<>());
    private final List<String> pageErrors = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean crashed;
    private volatile boolean ready;

    /**
     * Opens the page in a new context of {@code chromium} and returns once its navigation committed;
     * the libraries go on loading while the caller's thread is in any Playwright call.
     *
     * @param preloadDiagrams true to load Mermaid at once, for work that will hold diagrams;
     *                        false to load it only when the first diagram arrives (render.mjs)
     */
    @SuppressWarnings("unchecked")
    RenderPage(HeadlessChromium chromium, Queue queue, boolean preloadDiagrams) {
        server = RenderServer.acquire();
        BrowserContext own = null;
        try {
            if (chromium.profileContext() != null) {
                String cached = server.cachedOrigin();
                origin = cached;
                page = chromium.newProfilePage();
                // The host-resolver rule already failed these requests; remember them as blocked.
                page.onRequestFailed(r -> {
                    if (!r.url().startsWith(cached + "/")) {
                        blocked.add(r.url());
                    }
                });
            } else {
                own = chromium.browser().newContext();
                origin = server.origin();
                // Only requests that leave the server's origin come to this JVM (the driver matches the
                // pattern), to be aborted; the page's own files go straight to the server.
                own.route(Pattern.compile("^(?!" + origin.replace(".", "\\.") + "/)"), this::block);
                page = own.newPage();
            }
        } catch (RuntimeException e) {
            if (own != null) {
                own.close();
            }
            RenderServer.release();
            throw e;
        }
        context = own;
        page.onRequest(r -> requested.add(r.url()));
        page.onPageError(pageErrors::add);
        page.onCrash(p -> crashed = true);
        page.exposeFunction("reglabNext", args -> {
            ready = true;
            return queue.next(this, ((Number) args[0]).intValue());
        });
        page.exposeFunction("reglabDone", args -> queue.done(this, ((Number) args[0]).intValue(), (List<Map<String, Object>>) args[1]));
        page.exposeFunction("reglabFailed", args -> {
            queue.failed(this, ((Number) args[0]).intValue(), String.valueOf(args[1]));
            return null;
        });
        page.navigate(origin + "/page/render.html" + (preloadDiagrams ? "?diagrams" : ""), new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
    }

    /** Waits until the page's libraries are loaded (Mermaid's may still be loading: see render.mjs). */
    void awaitLibraries() {
        try {
            page.waitForFunction("() => window.reglabReady === true");
            ready = true;
        } catch (RuntimeException e) {
            throw loadFailure();
        }
    }

    /** The error for a page whose libraries did not load. */
    SiteException loadFailure() {
        return new SiteException("the render page did not load its libraries (" + String.join("; ", pageErrors)
                + "); blocked requests: " + blocked);
    }

    /**
     * Starts the page's loop for {@code batch} and returns at once.
     *
     * @param optimize false to keep diagrams as Mermaid drew them (for tests that compare)
     */
    void runQueue(int batch, boolean optimize) {
        page.evaluate(PULL_LOOP, Map.of("batch", batch, "optimize", optimize));
    }

    /**
     * Lets Playwright deliver the pages' calls and serve their requests on this thread until
     * {@code condition} holds (tested at least every 10 ms, Playwright's polling interval).
     */
    void waitUntil(BooleanSupplier condition) {
        page.waitForCondition(condition, new Page.WaitForConditionOptions().setTimeout(0));
    }

    /** Whether the page's libraries are loaded (it asked for work, or {@link #awaitLibraries} saw them). */
    boolean ready() {
        return ready;
    }

    /** Whether the page's renderer process died (e.g. out of memory). */
    boolean crashed() {
        return crashed;
    }

    /** Uncaught errors of the page so far. */
    List<String> pageErrors() {
        return List.copyOf(pageErrors);
    }

    /** Every URL the page requested so far. */
    List<String> requestedUrls() {
        return List.copyOf(requested);
    }

    /** URLs outside {@link #ORIGIN} that were aborted. */
    List<String> blockedUrls() {
        return List.copyOf(blocked);
    }

    Page page() {
        return page;
    }

    /** The origin the page's files come from ({@code http://127.0.0.1:<port>}, or the cacheable one). */
    String origin() {
        return origin;
    }

    @Override
    public void close() {
        try {
            if (context != null) {
                context.close();
            } else {
                page.close();
            }
        } finally {
            RenderServer.release();
        }
    }

    private void block(Route route) {
        blocked.add(route.request().url());
        route.abort("blockedbyclient");
    }

    /**
     * The class-path resource served at {@code path} (relative to the origin, without a query), or
     * null for a path the page has no business requesting.
     */
    static String resourceOf(String path) {
        if (path.contains("..")) {
            return null;
        }
        return path.startsWith("vendor/") ? "reglab/" + path
                : path.startsWith("page/") ? PAGE_RESOURCES + path.substring("page/".length())
                : path.equals("theme/search-options.js") ? SEARCH_OPTIONS : null;
    }

    static String contentType(String path) {
        if (path.endsWith(".mjs") || path.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (path.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (path.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (path.endsWith(".woff2")) {
            return "font/woff2";
        }
        return "application/octet-stream";
    }

    static byte[] read(String resource) {
        try (InputStream in = RenderPage.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What rendered output depends on besides the request: the vendor library versions and the
     * render page's own code. Part of every cache key.
     */
    static String fingerprint() {
        StringBuilder sb = new StringBuilder();
        for (String r : FINGERPRINTED) {
            byte[] b = read(r);
            if (b == null) {
                throw new SiteException("the build-time renderer's file " + r + " is missing from the class path; "
                        + "rebuild with Maven (it installs the npm packages into target/classes/reglab/vendor)");
            }
            sb.append(r).append('\n').append(new String(b, StandardCharsets.UTF_8)).append('\n');
        }
        return RenderCache.sha256(sb.toString());
    }
}
