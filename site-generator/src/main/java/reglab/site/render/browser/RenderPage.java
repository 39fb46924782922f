package reglab.site.render.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import reglab.site.SiteException;

/**
 * The browser page diagrams, formulas and code are rendered in. It lives at a private origin,
 * {@value #ORIGIN}, whose every response is served by this class from the class path (the vendor
 * libraries under {@code /reglab/vendor/}, the page itself next to this class); any other request
 * is aborted and remembered, so rendering never touches the network.
 */
final class RenderPage implements AutoCloseable {

    /** A reserved top-level domain (RFC 2606): no request can leave the machine even if routing failed. */
    static final String ORIGIN = "https://reglab.invalid";

    private static final String PAGE_RESOURCES = "reglab/site/render/browser/";
    private static final String[] FINGERPRINTED = {
        "reglab/vendor/versions.properties", PAGE_RESOURCES + "render.html", PAGE_RESOURCES + "render.mjs",
        PAGE_RESOURCES + "mermaid-diagram.mjs", PAGE_RESOURCES + "diagram-themes.mjs", PAGE_RESOURCES + "shared-styles.mjs",
        PAGE_RESOURCES + "svg-optimizer.mjs", PAGE_RESOURCES + "svg-optimizer-worker.mjs",
    };

    private final BrowserContext context;
    private final Page page;
    private final List<String> requested = Collections.synchronizedList(new ArrayList<>());
    private final List<String> blocked = Collections.synchronizedList(new ArrayList<>());
    private final List<String> pageErrors = Collections.synchronizedList(new ArrayList<>());

    /** Opens the page in a new context of {@code chromium} and waits until its libraries are loaded. */
    RenderPage(HeadlessChromium chromium) {
        context = chromium.browser().newContext();
        context.route("**/*", this::serve);
        page = context.newPage();
        page.onRequest(r -> requested.add(r.url()));
        page.onPageError(pageErrors::add);
        page.navigate(ORIGIN + "/page/render.html");
        try {
            page.waitForFunction("() => window.reglabReady === true");
        } catch (RuntimeException e) {
            throw new SiteException("the render page did not load its libraries (" + String.join("; ", pageErrors)
                    + "); blocked requests: " + blocked);
        }
    }

    /**
     * Runs {@code window.reglab.renderBatch} on the items; see render.mjs for the item shape.
     *
     * @param optimize false to keep diagrams as Mermaid drew them (for tests that compare)
     */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> renderBatch(List<Map<String, Object>> items, boolean optimize) {
        return (List<Map<String, Object>>) page.evaluate("a => window.reglab.renderBatch(a.items, a.optimize)",
                Map.of("items", items, "optimize", optimize));
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

    @Override
    public void close() {
        context.close();
    }

    private void serve(Route route) {
        String url = route.request().url();
        if (!url.startsWith(ORIGIN + "/")) {
            blocked.add(url);
            route.abort("blockedbyclient");
            return;
        }
        String path = url.substring(ORIGIN.length() + 1);
        int q = path.indexOf('?');
        path = q >= 0 ? path.substring(0, q) : path;
        String resource = path.startsWith("vendor/") ? "reglab/" + path
                : path.startsWith("page/") ? PAGE_RESOURCES + path.substring("page/".length()) : null;
        byte[] body = resource == null || path.contains("..") ? null : read(resource);
        if (body == null) {
            route.fulfill(new Route.FulfillOptions().setStatus(404).setBody("not found: " + path));
            return;
        }
        route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType(contentType(path)).setBodyBytes(body));
    }

    private static String contentType(String path) {
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
