package reglab.site.render.browser;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * The DevTools protocol spoken to a Chromium started with {@code --remote-debugging-pipe}: JSON
 * messages, each ended by a NUL byte, written to the browser's file descriptor 3 and read from
 * its descriptor 4 ({@link HeadlessChromium} maps them to the process's standard input and
 * output). One reader thread takes every message off the pipe: a reply completes the call that
 * waits for it; an event goes to the listener of its session (flat sessions: every message names
 * the session of the page it concerns, none for the browser itself).
 *
 * <p>Listeners run on the reader thread and must be quick. Work that must run on the thread that
 * drives the pages (a page's call into Java, {@link RenderPage}) is {@link #post posted} and runs
 * when that thread {@link #pump pumps}.
 */
final class DevToolsPipe implements AutoCloseable {

    /** How long a command may take before the caller gives up (navigation, evaluation: short here). */
    static final long CALL_TIMEOUT_SECONDS = 60;

    private final OutputStream out;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final Map<String, BiConsumer<String, JsonObject>> listeners = new ConcurrentHashMap<>();
    private final BlockingQueue<Runnable> posted = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile String closedBecause;

    /**
     * @param fromBrowser the browser's descriptor 4
     * @param toBrowser   the browser's descriptor 3
     */
    DevToolsPipe(InputStream fromBrowser, OutputStream toBrowser) {
        this.out = toBrowser;
        InputStream in = new BufferedInputStream(fromBrowser, 1 << 16);
        reader = new Thread(() -> read(in), "reglab-devtools");
        reader.setDaemon(true);
        reader.start();
    }

    /** Sends a command to the browser ({@code session} null) or a page's session and waits for its result. */
    JsonObject call(String session, String method, JsonObject params) {
        CompletableFuture<JsonObject> reply = send(session, method, params);
        try {
            return reply.get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new DevToolsException(method + ": " + (e.getCause() instanceof DevToolsException d ? d.getMessage() : String.valueOf(e.getCause())));
        } catch (TimeoutException e) {
            pending.values().remove(reply);
            throw new DevToolsException(method + ": the browser did not answer within " + CALL_TIMEOUT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevToolsException(method + ": interrupted");
        }
    }

    /** As {@link #call}, without waiting: the future completes with the result, or exceptionally with a {@link DevToolsException}. */
    CompletableFuture<JsonObject> send(String session, String method, JsonObject params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        JsonObject message = new JsonObject();
        message.addProperty("id", id);
        message.addProperty("method", method);
        if (session != null) {
            message.addProperty("sessionId", session);
        }
        message.add("params", params == null ? new JsonObject() : params);
        pending.put(id, reply);
        String why = closedBecause;
        if (why != null) {
            pending.remove(id);
            reply.completeExceptionally(new DevToolsException(why));
            return reply;
        }
        byte[] bytes = message.toString().getBytes(StandardCharsets.UTF_8);
        try {
            synchronized (out) {
                out.write(bytes);
                out.write(0);
                out.flush();
            }
        } catch (IOException e) {
            pending.remove(id);
            reply.completeExceptionally(new DevToolsException("the browser's pipe is closed (" + e.getMessage() + ")"));
        }
        return reply;
    }

    /** Has {@code listener} receive (method, params) of the events of {@code session} (null: the browser's), on the reader thread. */
    void listen(String session, BiConsumer<String, JsonObject> listener) {
        listeners.put(session == null ? "" : session, listener);
    }

    /** Stops the events of {@code session} reaching its listener. */
    void forget(String session) {
        listeners.remove(session == null ? "" : session);
    }

    /** Queues {@code task} for the thread that {@link #pump pumps}. */
    void post(Runnable task) {
        posted.add(task);
    }

    /**
     * Runs posted tasks on this thread until {@code until} holds (tested after each task and at
     * least every 10 ms) or {@code timeoutNanos} pass (0: no limit).
     *
     * @return whether {@code until} held
     */
    boolean pump(BooleanSupplier until, long timeoutNanos) {
        long end = System.nanoTime() + timeoutNanos;
        while (!until.getAsBoolean()) {
            if (timeoutNanos > 0 && System.nanoTime() - end > 0) {
                return false;
            }
            Runnable task;
            try {
                task = posted.poll(10, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DevToolsException("interrupted while waiting for the browser");
            }
            if (task != null) {
                task.run();
            }
        }
        return true;
    }

    /** Why the pipe closed (the browser exited), or null while it is open. */
    String closedBecause() {
        return closedBecause;
    }

    private void read(InputStream in) {
        String why = "the browser closed its DevTools pipe (it exited or crashed)";
        try {
            ByteArrayOutputStream message = new ByteArrayOutputStream(1 << 12);
            byte[] buffer = new byte[1 << 16];
            for (;;) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == 0) {
                        message.write(buffer, start, i - start);
                        dispatch(message.toString(StandardCharsets.UTF_8));
                        message.reset();
                        start = i + 1;
                    }
                }
                message.write(buffer, start, n - start);
            }
        } catch (IOException e) {
            why = "reading the browser's DevTools pipe failed: " + e.getMessage();
        } finally {
            closedBecause = why;
            DevToolsException closed = new DevToolsException(why);
            pending.values().forEach(f -> f.completeExceptionally(closed));
            pending.clear();
        }
    }

    private void dispatch(String text) {
        JsonObject message;
        try {
            message = JsonParser.parseString(text).getAsJsonObject();
        } catch (RuntimeException e) {
            return; // Not a protocol message; nothing waits for it.
        }
        JsonElement id = message.get("id");
        if (id != null) {
            CompletableFuture<JsonObject> reply = pending.remove(id.getAsInt());
            if (reply == null) {
                return;
            }
            JsonElement error = message.get("error");
            if (error != null && error.isJsonObject()) {
                reply.completeExceptionally(new DevToolsException(error.getAsJsonObject().get("message").getAsString()));
            } else {
                JsonElement result = message.get("result");
                reply.complete(result != null && result.isJsonObject() ? result.getAsJsonObject() : new JsonObject());
            }
            return;
        }
        JsonElement method = message.get("method");
        if (method == null) {
            return;
        }
        JsonElement session = message.get("sessionId");
        BiConsumer<String, JsonObject> listener = listeners.get(session == null ? "" : session.getAsString());
        if (listener != null) {
            JsonElement params = message.get("params");
            try {
                listener.accept(method.getAsString(), params != null && params.isJsonObject() ? params.getAsJsonObject() : new JsonObject());
            } catch (RuntimeException e) {
                // A listener's failure must not stop the reader: the other pages' replies still come through it.
            }
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            // Already closed: the browser is gone.
        }
    }
}
