package reglab.site.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A test client of the live-reload event stream: collects the JSON of each {@code state} event the
 * server pushes, as a page's EventSource would receive it.
 */
final class StateEvents implements AutoCloseable {

    private final BlockingQueue<String> states = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile Stream<String> lines;

    StateEvents(String serverUrl) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<Stream<String>> response = client.send(
                HttpRequest.newBuilder(URI.create(serverUrl + "__reglab/events")).build(),
                HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IOException("event stream answered " + response.statusCode());
        }
        lines = response.body();
        reader = new Thread(() -> {
            try {
                lines.filter(l -> l.startsWith("data: ")).forEach(l -> states.add(l.substring(6)));
            } catch (RuntimeException e) {
                // stream closed by the server or by close()
            }
        }, "test-sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next state event's JSON; fails the test after {@code seconds}. */
    String next(int seconds) throws InterruptedException {
        String s = states.poll(seconds, TimeUnit.SECONDS);
        if (s == null) {
            throw new AssertionError("no live-reload event within " + seconds + " s");
        }
        return s;
    }

    /** Waits until the reader sees the end of the stream (the server closed it). */
    boolean endsWithin(int seconds) throws InterruptedException {
        reader.join(TimeUnit.SECONDS.toMillis(seconds));
        return !reader.isAlive();
    }

    @Override
    public void close() {
        lines.close();
    }
}
