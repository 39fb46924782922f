package reglab.site.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reglab.site.files.MimeTypes;

/**
 * Serves the built site: GET and HEAD only, files resolved by {@link RequestPath}, types from
 * {@link MimeTypes}, the site's own {@code 404.html} for missing paths (with a {@code <base>} so
 * its root-relative links work at any depth), and the live-reload script injected into HTML
 * responses. Dev caching: HTML is never stored (it carries the build id); other files are
 * revalidated on every use ({@code no-cache}) with an ETag from size and mtime, so a reload after
 * a rebuild is cheap and never stale.
 */
final class SiteFileHandler implements HttpHandler {

    private static final String NOT_FOUND_PAGE = "404.html";
    private static final Pattern HEAD_TAG = Pattern.compile("<head(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);

    private final Supplier<Path> root;
    private final LiveReload liveReload;

    /** @param root the folder to serve, asked on every request (a rebuild may replace it) */
    SiteFileHandler(Supplier<Path> root, LiveReload liveReload) {
        this.root = root;
        this.liveReload = liveReload;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            respond(exchange);
        } catch (RuntimeException e) {
            // The JDK server would just drop the connection; say what went wrong instead.
            if (exchange.getResponseCode() < 0) {
                sendText(exchange, 500, "500 internal error in the dev server: " + e, false);
            }
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        boolean head = method.equals("HEAD");
        Headers headers = exchange.getResponseHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        if (!head && !method.equals("GET")) {
            headers.set("Allow", "GET, HEAD");
            sendText(exchange, 405, "405 method not allowed: the dev server only serves files (GET, HEAD)", head);
            return;
        }
        String rawPath = exchange.getRequestURI().getRawPath();
        if (rawPath != null && rawPath.startsWith(LiveReload.PREFIX)) {
            serveOwnEndpoint(exchange, rawPath, head);
            return;
        }
        RequestPath.Resolution found = RequestPath.resolve(root.get(), rawPath);
        switch (found.kind()) {
            case FILE -> sendFile(exchange, 200, found.file(), head, false);
            case REDIRECT_TO_SLASH -> {
                String query = exchange.getRequestURI().getRawQuery();
                headers.set("Location", rawPath + "/" + (query == null ? "" : "?" + query));
                sendText(exchange, 302, "302 see " + rawPath + "/", head);
            }
            case FORBIDDEN -> sendText(exchange, 403, "403 forbidden: only files inside the site folder are served", head);
            case NOT_FOUND -> sendNotFound(exchange, head);
            default -> throw new IllegalStateException("unhandled " + found.kind());
        }
    }

    private void serveOwnEndpoint(HttpExchange exchange, String rawPath, boolean head) throws IOException {
        if (rawPath.equals(LiveReload.SCRIPT_PATH)) {
            liveReload.sendScript(exchange, head);
        } else if (rawPath.equals(LiveReload.EVENTS_PATH) && !head) {
            liveReload.stream(exchange);
        } else {
            sendText(exchange, 404, "404 not found", head);
        }
    }

    private void sendNotFound(HttpExchange exchange, boolean head) throws IOException {
        RequestPath.Resolution page = RequestPath.resolve(root.get(), "/" + NOT_FOUND_PAGE);
        if (page.kind() == RequestPath.Kind.FILE) {
            sendFile(exchange, 404, page.file(), head, true);
        } else {
            sendText(exchange, 404, "404 not found (and the site has no " + NOT_FOUND_PAGE + ")", head);
        }
    }

    /**
     * @param fromRoot the file is served for another path (the 404 page at any depth): its
     *                 relative links are written for the site root, so HTML gets a {@code <base>}
     */
    private void sendFile(HttpExchange exchange, int status, Path file, boolean head, boolean fromRoot) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        String type = MimeTypes.of(file.getFileName().toString());
        headers.set("Content-Type", type);
        // Pages carry the live-reload script with the build id, so they are never stored.
        if (type.startsWith("text/html")) {
            headers.set("Cache-Control", "no-store");
            byte[] html = Files.readAllBytes(file);
            sendBytes(exchange, status, liveReload.inject(fromRoot ? withRootBase(html) : html), head);
            return;
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        String etag = "\"" + Long.toHexString(attributes.size()) + "-"
                + Long.toHexString(attributes.lastModifiedTime().toMillis()) + "\"";
        headers.set("Cache-Control", "no-cache");
        headers.set("ETag", etag);
        if (status == 200 && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        headers.set("Content-Length", Long.toString(attributes.size()));
        if (head) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, attributes.size() == 0 ? -1 : attributes.size());
        try (OutputStream out = exchange.getResponseBody()) {
            Files.copy(file, out);
        }
    }

    /** Adds {@code <base href="/">} right after {@code <head>}, before any relative URL. */
    static byte[] withRootBase(byte[] html) {
        Matcher head = HEAD_TAG.matcher(new String(html, 0, Math.min(html.length, 4096), StandardCharsets.ISO_8859_1));
        if (!head.find()) {
            return html;
        }
        int at = head.end() - 1;
        byte[] base = "<base href=\"/\">".getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[html.length + base.length];
        System.arraycopy(html, 0, out, 0, at + 1);
        System.arraycopy(base, 0, out, at + 1, base.length);
        System.arraycopy(html, at + 1, out, at + 1 + base.length, html.length - at - 1);
        return out;
    }

    private static void sendText(HttpExchange exchange, int status, String text, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", MimeTypes.of("message.txt"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        sendBytes(exchange, status, (text + "\n").getBytes(StandardCharsets.UTF_8), head);
    }

    /** Sends a whole body; for HEAD, the same headers (Content-Length included) and no body. */
    static void sendBytes(HttpExchange exchange, int status, byte[] body, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
        if (head || body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
