package reglab.site.render.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import reglab.site.SiteException;

/**
 * Serves the render pages' files (the page next to {@link RenderPage}, the vendor libraries under
 * {@code /vendor/}, the theme's search options) from the class path over HTTP on the loopback
 * interface, at an ephemeral port: {@link #origin()}. Chromium fetches them directly, so loading
 * Mermaid's 5 MB of modules neither waits for the thread that drives Playwright (which may be
 * parsing Markdown) nor travels through Playwright's driver as base64 JSON, as answering each
 * request with a route did. Only those paths are served, only to GET. One server per JVM, started
 * by the first page that needs it and stopped when the last such page closes ({@link #acquire},
 * {@link #release}).
 *
 * <p>Caching: at {@link #origin()} nothing is cached by the browser. A browser with a lasting
 * profile ({@link RenderProfile}) reaches the same files at {@link #cachedOrigin()}, a host name
 * that holds the {@link RenderPage#fingerprint()} of the page and its libraries and that its
 * host-resolver rule ({@link #hostRule()}) maps to this server; those responses may be kept for
 * good ({@code immutable}), since any change to what they hold changes the host name. The browser
 * then keeps the files, and V8 its compiled code of them, from one build to the next.
 */
final class RenderServer {

    /**
     * The content security policy of every file served: the page and its workers load and fetch
     * from their own origin only (and from blob: and data: URLs they make), so nothing a diagram
     * or a library asks for leaves the machine, in any browser the page runs in; the browser
     * reports each refused request ({@link RenderPage#blockedUrls()}).
     */
    static final String POLICY = "default-src 'self' blob: data:; script-src 'self' 'unsafe-inline' 'unsafe-eval' "
            + "'wasm-unsafe-eval' blob:; style-src 'self' 'unsafe-inline' blob: data:";

    private static RenderServer running;
    private static int users;

    private final HttpServer server;
    private final ExecutorService threads;
    private final String origin;
    private final String cachedHost;

    private RenderServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 64);
        } catch (IOException e) {
            throw new SiteException("could not open a port on 127.0.0.1 for the build-time renderer's files: " + e.getMessage());
        }
        threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "reglab-render-files");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
        origin = "http://127.0.0.1:" + server.getAddress().getPort();
        cachedHost = "r" + RenderPage.fingerprint().substring(0, 20) + ".reglab-render.localhost";
    }

    /** The running server, started if no page uses one yet; each call needs a {@link #release}. */
    static synchronized RenderServer acquire() {
        if (running == null) {
            running = new RenderServer();
        }
        users++;
        return running;
    }

    /** Ends one {@link #acquire}; the last one stops the server. */
    static synchronized void release() {
        if (users > 0 && --users == 0) {
            running.server.stop(0);
            running.threads.shutdown();
            running = null;
        }
    }

    /** How many {@link #acquire}s are not released yet. */
    static synchronized int users() {
        return users;
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    String origin() {
        return origin;
    }

    /**
     * The origin whose responses the browser may keep: {@code http://r<fingerprint>.reglab-render.localhost}.
     * A {@code .localhost} name, so the page is a secure context (render.mjs hashes with
     * {@code crypto.subtle}) like one at 127.0.0.1.
     */
    String cachedOrigin() {
        return "http://" + cachedHost;
    }

    /**
     * Chromium's {@code --host-resolver-rules} value for a browser that loads pages from
     * {@link #cachedOrigin()}: that host goes to this server, every other host name or address
     * (IP literals too) fails to resolve, so the page cannot reach the network.
     */
    String hostRule() {
        return "MAP " + cachedHost + " " + origin.substring("http://".length()) + ", MAP * ~NOTFOUND";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getRawPath();
            String resource = "GET".equals(exchange.getRequestMethod()) ? RenderPage.resourceOf(path.substring(1)) : null;
            byte[] body;
            try {
                body = resource == null ? null : RenderPage.read(resource);
            } catch (UncheckedIOException e) {
                body = null;
            }
            boolean cacheable = cachedHost.equals(exchange.getRequestHeaders().getFirst("Host"));
            exchange.getResponseHeaders().set("Cache-Control", cacheable && body != null ? "max-age=31536000, immutable" : "no-store");
            if (body == null) {
                byte[] text = ("not found: " + path).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(404, text.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(text);
                }
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", RenderPage.contentType(path));
            exchange.getResponseHeaders().set("Content-Security-Policy", POLICY);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } finally {
            exchange.close();
        }
    }
}
