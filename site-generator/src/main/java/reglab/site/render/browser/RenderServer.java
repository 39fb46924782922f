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
 * request with a route did. Only those paths are served, only to GET, and nothing is cached by
 * the browser. One server per JVM, started by the first page that needs it and stopped when the
 * last such page closes ({@link #acquire}, {@link #release}).
 */
final class RenderServer {

    private static RenderServer running;
    private static int users;

    private final HttpServer server;
    private final ExecutorService threads;
    private final String origin;

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

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    String origin() {
        return origin;
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
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
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
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } finally {
            exchange.close();
        }
    }
}
