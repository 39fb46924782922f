package reglab.applet.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import reglab.applet.page.AppletAssets;

/**
 * The test harness: a temporary folder with the harness pages (from test resources) and the
 * applet's files under {@code applet/} (read from the classpath, as the site generator reads
 * them), served on 127.0.0.1 by the JDK's HTTP server with correct MIME types, or opened as
 * {@code file://}.
 */
public final class HarnessSite implements AutoCloseable {

    private static final Map<String, String> MIME = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "wasm", "application/wasm");

    private final Path root;
    private final HttpServer server;

    public HarnessSite() throws IOException {
        root = Files.createTempDirectory("reglab-applet-harness");
        Path applet = Files.createDirectories(root.resolve("applet"));
        for (String name : AppletAssets.files()) {
            copyResource(AppletAssets.resource(name), applet.resolve(name));
        }
        for (String page : new String[] {"index.html", "all.html", "training.html", "activity.html",
                "batchnorm.html", "tuning.html", "augmentation.html", "transfer.html", "sections.html"}) {
            copyResource("harness/" + page, root.resolve(page));
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            exchange.getResponseHeaders().set("Content-Type",
                    MIME.getOrDefault(ext, "application/octet-stream"));
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    private static void copyResource(String resource, Path target) throws IOException {
        try (InputStream in = HarnessSite.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing classpath resource " + resource
                        + " (did the TeaVM build run? mvn -pl web-applet -am package)");
            }
            Files.copy(in, target);
        }
    }

    /** The http URL of a harness page. */
    public String url(String page) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + page;
    }

    /** The file:// URL of a harness page. */
    public String fileUrl(String page) {
        return root.resolve(page).toUri().toString();
    }

    public Path root() {
        return root;
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
        try (var walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
