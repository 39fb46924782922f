package reglab.site.render.browser;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import reglab.site.SiteException;

/**
 * The browser page diagrams, formulas and code are rendered in. It lives at the origin of a
 * {@link RenderServer} on the loopback interface, which serves it from the class path (the vendor
 * libraries under {@code /reglab/vendor/}, the page itself next to this class, the theme's search
 * options as {@code /theme/search-options.js}); any request to another origin is aborted and
 * remembered, so rendering never touches the network: the server's content security policy
 * ({@link RenderServer#POLICY}) lets the page load from its own origin alone. In a browser with a
 * lasting profile ({@link RenderProfile}) the page opens as a tab of the profile's context, at
 * the server's cacheable origin ({@link RenderServer#cachedOrigin()}), and the browser's
 * host-resolver rule fails every other host name as well; otherwise it opens in a new context
 * of its own, at {@link RenderServer#origin()}.
 *
 * <p>The page is driven over the browser's DevTools pipe ({@link DevToolsPipe}), not through
 * Playwright, so a build never waits for Playwright's driver to start.
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

    /**
     * Installed in every document of the page before its own scripts: the page's calls into Java
     * ({@code reglabNext}, {@code reglabDone}, {@code reglabFailed}) as promises over the
     * DevTools binding {@code reglabCall}; Java settles them with {@code reglabSettle}. Requests
     * the page's policy refused go to the binding {@code reglabBlocked}.
     */
    private static final String CALLS = """
            (() => {
              const call = globalThis.reglabCall;
              const waiting = new Map();
              let last = 0;
              for (const name of ['reglabNext', 'reglabDone', 'reglabFailed']) {
                globalThis[name] = (...args) => new Promise((resolve, reject) => {
                  const id = ++last;
                  waiting.set(id, { resolve, reject });
                  call(JSON.stringify({ id, name, args }));
                });
              }
              const blocked = globalThis.reglabBlocked;
              addEventListener('securitypolicyviolation', (e) => blocked(String(e.blockedURI)));
              globalThis.reglabSettle = (id, value, error) => {
                const w = waiting.get(id);
                waiting.delete(id);
                if (error != null) w?.reject(new Error(error)); else w?.resolve(value);
              };
            })();
            """;

    private final RenderServer server;
    private final DevToolsPipe devTools;
    private final Queue queue;
    private final DevToolsTab tab;
    /** The tab's session, which every command for the page names. */
    private final String session;
    private final String origin;
    private final List<String> requested = Collections.synchronizedList(new ArrayList<>());
    private final List<String> blocked = Collections.synchronizedList(new ArrayList<>());
    private final List<String> pageErrors = Collections.synchronizedList(new ArrayList<>());
    /** URL of each request in flight, by its DevTools id (to name a request that failed). */
    private final Map<String, String> inFlight = new ConcurrentHashMap<>();
    private volatile boolean crashed;
    private volatile boolean ready;

    /**
     * Opens the page in {@code chromium} and returns once its navigation was sent; the libraries
     * go on loading meanwhile.
     *
     * @param preloadDiagrams true to load Mermaid at once, for work that will hold diagrams;
     *                        false to load it only when the first diagram arrives (render.mjs)
     */
    RenderPage(HeadlessChromium chromium, Queue queue, boolean preloadDiagrams) {
        this.queue = queue;
        devTools = chromium.devTools();
        server = RenderServer.acquire();
        try {
            // Without a lasting profile the page gets a context of its own, closed with it.
            tab = DevToolsTab.open(devTools, !chromium.hasProfile());
        } catch (RuntimeException e) {
            RenderServer.release();
            throw e;
        }
        session = tab.session();
        origin = chromium.hasProfile() ? server.cachedOrigin() : server.origin();
        devTools.listen(session, this::onEvent);
        List<CompletableFuture<JsonObject>> setUp = new ArrayList<>();
        setUp.add(devTools.send(session, "Inspector.enable", null));
        // Page.enable first: without it the script below is not installed in new documents.
        setUp.add(devTools.send(session, "Page.enable", null));
        setUp.add(devTools.send(session, "Runtime.enable", null));
        setUp.add(devTools.send(session, "Network.enable", null));
        for (String name : List.of("reglabCall", "reglabBlocked")) {
            JsonObject binding = new JsonObject();
            binding.addProperty("name", name);
            setUp.add(devTools.send(session, "Runtime.addBinding", binding));
        }
        JsonObject script = new JsonObject();
        script.addProperty("source", CALLS);
        setUp.add(devTools.send(session, "Page.addScriptToEvaluateOnNewDocument", script));
        JsonObject navigate = new JsonObject();
        navigate.addProperty("url", origin + "/page/render.html" + (preloadDiagrams ? "?diagrams" : ""));
        try {
            for (CompletableFuture<JsonObject> step : setUp) {
                step.get(DevToolsPipe.CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
            JsonElement error = devTools.call(session, "Page.navigate", navigate).get("errorText");
            if (error != null && !error.getAsString().isEmpty()) {
                throw new SiteException("the render page did not open: " + error.getAsString());
            }
        } catch (SiteException e) {
            close();
            throw e;
        } catch (Exception e) {
            close();
            throw new SiteException("the render page did not open: " + (e.getCause() != null ? e.getCause().getMessage() : e));
        }
    }

    /** Events of the page's session, on the pipe's reader thread. */
    private void onEvent(String method, JsonObject params) {
        switch (method) {
            case "Runtime.bindingCalled" -> {
                String payload = params.get("payload").getAsString();
                switch (params.get("name").getAsString()) {
                    case "reglabCall" -> devTools.post(() -> answer(payload));
                    case "reglabBlocked" -> blocked.add(payload);
                    default -> {
                    }
                }
            }
            case "Network.requestWillBeSent" -> {
                String url = params.getAsJsonObject("request").get("url").getAsString();
                requested.add(url);
                inFlight.put(params.get("requestId").getAsString(), url);
            }
            case "Network.loadingFinished" -> inFlight.remove(params.get("requestId").getAsString());
            case "Network.loadingFailed" -> {
                String url = inFlight.remove(params.get("requestId").getAsString());
                // The page's policy (RenderServer.POLICY) or the host-resolver rule failed these requests.
                if (url != null && !url.startsWith(origin + "/")) {
                    blocked.add(url);
                }
            }
            case "Runtime.exceptionThrown" -> {
                JsonObject details = params.getAsJsonObject("exceptionDetails");
                JsonObject exception = details.getAsJsonObject("exception");
                pageErrors.add(exception != null && exception.has("description")
                        ? exception.get("description").getAsString() : details.get("text").getAsString());
            }
            case "Inspector.targetCrashed" -> crashed = true;
            default -> {
            }
        }
    }

    /** Runs one of the page's calls into Java on the pumping thread, and settles its promise in the page. */
    @SuppressWarnings("unchecked")
    private void answer(String payload) {
        JsonObject call = JsonParser.parseString(payload).getAsJsonObject();
        int id = call.get("id").getAsInt();
        List<Object> args = (List<Object>) JsonValues.toJava(call.get("args"));
        Object value = null;
        String error = null;
        try {
            int batch = ((Number) args.get(0)).intValue();
            switch (call.get("name").getAsString()) {
                case "reglabNext" -> {
                    ready = true;
                    value = queue.next(this, batch);
                }
                case "reglabDone" -> value = queue.done(this, batch, (List<Map<String, Object>>) args.get(1));
                case "reglabFailed" -> queue.failed(this, batch, String.valueOf(args.get(1)));
                default -> error = "no such call: " + call.get("name");
            }
        } catch (RuntimeException e) {
            error = String.valueOf(e);
        }
        JsonObject settle = new JsonObject();
        settle.addProperty("expression", "globalThis.reglabSettle(" + id + ", " + JsonValues.toJson(value) + ", "
                + JsonValues.toJson(error) + ")");
        devTools.send(session, "Runtime.evaluate", settle);
    }

    /** Waits until the page's libraries are loaded (Mermaid's may still be loading: see render.mjs). */
    void awaitLibraries() {
        try {
            waitForFunction("() => window.reglabReady === true");
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
        evaluate(PULL_LOOP, Map.of("batch", batch, "optimize", optimize));
    }

    /**
     * Answers the pages' calls on this thread until {@code condition} holds (tested at least every
     * 10 ms).
     */
    void waitUntil(BooleanSupplier condition) {
        devTools.pump(condition, 0);
    }

    /** As {@link #waitUntil(BooleanSupplier)}, for at most {@code seconds}; returns whether {@code condition} held. */
    boolean waitUntil(BooleanSupplier condition, long seconds) {
        return devTools.pump(condition, TimeUnit.SECONDS.toNanos(seconds));
    }

    /**
     * Runs {@code function} (JavaScript source) in the page with {@code args} (JSON values),
     * awaits what it returns, and gives it back as JSON values (maps, lists, strings, numbers,
     * booleans, null).
     *
     * @throws DevToolsException when the function throws, naming its error
     */
    Object evaluate(String function, Object... args) {
        StringBuilder expression = new StringBuilder("(").append(function.strip()).append(")(");
        for (int i = 0; i < args.length; i++) {
            expression.append(i > 0 ? ", " : "").append(JsonValues.toJson(args[i]));
        }
        JsonObject params = new JsonObject();
        params.addProperty("expression", expression.append(")").toString());
        params.addProperty("awaitPromise", true);
        params.addProperty("returnByValue", true);
        JsonObject result = devTools.call(session, "Runtime.evaluate", params);
        JsonObject details = result.getAsJsonObject("exceptionDetails");
        if (details != null) {
            JsonObject exception = details.getAsJsonObject("exception");
            throw new DevToolsException("the render page's script failed: " + (exception != null && exception.has("description")
                    ? exception.get("description").getAsString() : details.get("text").getAsString()));
        }
        return JsonValues.toJava(result.getAsJsonObject("result").get("value"));
    }

    /** Waits until {@code predicate} (JavaScript source of a function) returns a true value in the page, checking every 10 ms. */
    void waitForFunction(String predicate) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(DevToolsPipe.CALL_TIMEOUT_SECONDS);
        for (;;) {
            try {
                evaluate("() => new Promise((resolve) => { const predicate = (" + predicate.strip() + "); "
                        + "const test = () => Promise.resolve().then(predicate).catch(() => false)"
                        + ".then((ok) => ok ? resolve(true) : setTimeout(test, 10)); test(); })");
                return;
            } catch (DevToolsException e) {
                // Run in the document that was replaced (the blank page before render.html): try again.
                if (crashed() || System.nanoTime() - end > 0 || !(String.valueOf(e.getMessage()).contains("context") || String.valueOf(e.getMessage()).contains("navigated"))) {
                    throw e;
                }
            }
        }
    }

    /** The page's address. */
    String url() {
        return String.valueOf(evaluate("() => location.href"));
    }

    /** Whether the page's libraries are loaded (it asked for work, or {@link #awaitLibraries} saw them). */
    boolean ready() {
        return ready;
    }

    /** Whether the page's renderer process died (e.g. out of memory), or the browser with it. */
    boolean crashed() {
        return crashed || devTools.closedBecause() != null;
    }

    /** Uncaught errors of the page so far. */
    List<String> pageErrors() {
        return List.copyOf(pageErrors);
    }

    /** Every URL the page requested so far. */
    List<String> requestedUrls() {
        return List.copyOf(requested);
    }

    /** URLs outside {@link #origin()} that were aborted. */
    List<String> blockedUrls() {
        return List.copyOf(blocked);
    }

    /** The origin the page's files come from ({@code http://127.0.0.1:<port>}, or the cacheable one). */
    String origin() {
        return origin;
    }

    @Override
    public void close() {
        try {
            tab.close();
        } finally {
            RenderServer.release();
        }
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
