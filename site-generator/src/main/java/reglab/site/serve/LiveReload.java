package reglab.site.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import reglab.site.files.MimeTypes;
import reglab.site.json.Json;

/**
 * Live reload over Server-Sent Events. The server keeps one piece of state — the id of the last
 * good build and the error of the last failed one, if any — and pushes it to every open page as a
 * {@code state} event: on connect, and after each rebuild. The page script (resource
 * {@code livereload.js}) reloads when the build id differs from the one its HTML was served with,
 * and shows an overlay while there is an error. Comparing ids rather than sending a one-off
 * "reload" message means a page that connects just after a rebuild still notices it.
 */
public final class LiveReload {

    /** URL path prefix of the dev server's own endpoints; not a path any site file can have. */
    public static final String PREFIX = "/__reglab/";
    public static final String EVENTS_PATH = PREFIX + "events";
    public static final String SCRIPT_PATH = PREFIX + "livereload.js";

    /** A comment line at this interval detects closed pages, whose writes then fail. */
    private static final long HEARTBEAT_SECONDS = 15;
    private static final String CLOSE = "";

    private final String serverId = Long.toString(System.currentTimeMillis(), 36);
    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private final byte[] script;
    private volatile int goodBuilds;
    private volatile String error;
    private volatile boolean closed;

    public LiveReload() {
        try (InputStream in = LiveReload.class.getResourceAsStream("livereload.js")) {
            if (in == null) {
                throw new IllegalStateException("resource reglab/site/serve/livereload.js is missing from the build");
            }
            script = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id pages compare against; changes with each successful build (and each server run). */
    public String buildId() {
        return serverId + "-" + goodBuilds;
    }

    /** Records a successful build and tells open pages to reload. Called from the build thread only. */
    public void buildSucceeded() {
        goodBuilds++;
        error = null;
        broadcast();
    }

    /** Records a failed build and tells open pages to show {@code message}. */
    public void buildFailed(String message) {
        error = message;
        broadcast();
    }

    /** Number of pages currently listening, for tests and the server's status line. */
    public int listeners() {
        return clients.size();
    }

    /**
     * Inserts the script tag before the last {@code </body>} of an HTML document (or at its end).
     * Works on the bytes, so a page is passed through unchanged apart from the tag, whatever its
     * encoding. Only responses get this; the files on disk never do.
     */
    public byte[] inject(byte[] html) {
        byte[] tag = ("<script src=\"" + SCRIPT_PATH + "\" data-build=\"" + buildId() + "\"></script>")
                .getBytes(StandardCharsets.US_ASCII);
        int at = lastBodyEnd(html);
        byte[] out = new byte[html.length + tag.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(tag, 0, out, at, tag.length);
        System.arraycopy(html, at, out, at + tag.length, html.length - at);
        return out;
    }

    /** Index of the last {@code </body} (any case), or the end of the document. */
    private static int lastBodyEnd(byte[] html) {
        byte[] end = "</body".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = html.length - end.length; i >= 0; i--) {
            for (int j = 0; j < end.length; j++) {
                if (Character.toLowerCase(html[i + j]) != end[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return html.length;
    }

    /** Serves the page script. */
    void sendScript(HttpExchange exchange, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", MimeTypes.of("livereload.js"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        SiteFileHandler.sendBytes(exchange, 200, script, head);
    }

    /**
     * Serves the event stream. Blocks the calling (HTTP worker) thread until the page goes away or
     * {@link #close} is called; the server's executor must therefore not be a small fixed pool.
     */
    void stream(HttpExchange exchange) throws IOException {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        clients.add(queue);
        try (OutputStream out = exchange.getResponseBody()) {
            queue.add(stateEvent());
            while (!closed) {
                String message = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                if (CLOSE.equals(message)) {
                    break;
                }
                out.write((message == null ? ": heartbeat\n\n" : message).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the page was closed or reloaded: nothing to tell anyone
        } finally {
            clients.remove(queue);
            exchange.close();
        }
    }

    /** Ends every open event stream, so the HTTP server can stop without waiting for them. */
    public void close() {
        closed = true;
        for (BlockingQueue<String> queue : clients) {
            queue.add(CLOSE);
        }
    }

    private void broadcast() {
        String event = stateEvent();
        for (BlockingQueue<String> queue : clients) {
            queue.add(event);
        }
    }

    private String stateEvent() {
        String err = error;
        String json = "{\"build\":" + Json.quote(buildId()) + ",\"error\":" + (err == null ? "null" : Json.quote(err)) + "}";
        return "event: state\ndata: " + json + "\n\n";
    }
}
