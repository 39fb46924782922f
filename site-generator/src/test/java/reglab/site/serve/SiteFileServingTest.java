package reglab.site.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The dev server's file serving, checked over raw sockets against a small fixture site. */
class SiteFileServingTest {

    private static final String SECRET = "TOP-SECRET-OUTSIDE-THE-SITE";

    @TempDir
    static Path tmp;
    static Path content;
    static Path out;
    static DevServer server;
    static int port;

    @BeforeAll
    static void start() throws IOException {
        content = Files.createDirectories(tmp.resolve("content"));
        out = tmp.resolve("site");
        Files.writeString(tmp.resolve("secret.txt"), SECRET);
        Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(tmp.resolve("outside/secret.txt"), SECRET);
        write("index.html", "<!doctype html><html><head><title>Home</title></head><body><p>home page</p></body></html>");
        write("404.html", "<!doctype html><html><head><link rel=\"stylesheet\" href=\"assets/site.css\"></head>"
                + "<body><h1>Nothing here (site 404)</h1></body></html>");
        write("docs/index.html", "<!doctype html><html><body><a href=\"page.html\">page</a></body></html>");
        write("docs/page.html", "<html><body>doc page</body></html>");
        write("assets/site.css", "body{color:red}");
        write("assets/app.js", "console.log(1)");
        write("assets/mod.mjs", "export const a = 1;");
        write("assets/data.json", "{}");
        write("assets/pic.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        write("sitemap.xml", "<urlset/>");
        write("robots.txt", "User-agent: *");
        write("file with space.txt", "spaced");
        write(".marker", "hidden");
        Files.write(content.resolve("assets/pic.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.write(content.resolve("assets/font.woff2"), new byte[] {'w', 'O', 'F', '2'});
        Files.write(content.resolve("assets/app.wasm"), new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        Files.write(content.resolve("doc.pdf"), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        Files.write(content.resolve("bundle.zip"), new byte[] {'P', 'K', 3, 4});
        Files.write(content.resolve("blob.unknownext"), new byte[] {1, 2, 3});
        Files.createSymbolicLink(content.resolve("link-file.txt"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(content.resolve("link-dir"), tmp.resolve("outside"));
        Files.createSymbolicLink(content.resolve("link-inside.css"), Path.of("assets/site.css"));
        server = DevServer.start(content, out, 0, DevServer.DEFAULT_QUIET, new CopyingRebuilder(content, out),
                new PrintStream(PrintStream.nullOutputStream()));
        port = Integer.parseInt(server.url().replaceAll(".*:(\\d+)/$", "$1"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void write(String relative, String text) throws IOException {
        Path p = content.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @ParameterizedTest
    @CsvSource({
        "/index.html, text/html; charset=utf-8",
        "/assets/site.css, text/css; charset=utf-8",
        "/assets/app.js, text/javascript; charset=utf-8",
        "/assets/mod.mjs, text/javascript; charset=utf-8",
        "/assets/data.json, application/json; charset=utf-8",
        "/assets/pic.svg, image/svg+xml; charset=utf-8",
        "/assets/pic.png, image/png",
        "/assets/font.woff2, font/woff2",
        "/assets/app.wasm, application/wasm",
        "/sitemap.xml, application/xml; charset=utf-8",
        "/robots.txt, text/plain; charset=utf-8",
        "/doc.pdf, application/pdf",
        "/bundle.zip, application/zip",
        "/blob.unknownext, application/octet-stream",
        "/link-inside.css, text/css; charset=utf-8",
    })
    void servesEachFileWithItsMimeType(String path, String type) throws IOException {
        RawHttp.Response r = RawHttp.send(port, "GET", path);
        assertEquals(200, r.status(), path);
        assertEquals(type, r.header("Content-Type"), path);
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        if (!type.startsWith("text/html")) {
            byte[] onDisk = Files.readAllBytes(out.resolve(path.substring(1)));
            assertArrayEquals(onDisk, r.body(), path);
            assertEquals("no-cache", r.header("Cache-Control"));
        }
    }

    @Test
    void directoriesServeTheirIndexAndAreRedirectedToTheirSlashForm() throws IOException {
        assertTrue(RawHttp.send(port, "GET", "/").text().contains("home page"));
        assertTrue(RawHttp.send(port, "GET", "/docs/").text().contains("href=\"page.html\""));
        RawHttp.Response redirect = RawHttp.send(port, "GET", "/docs?x=1");
        assertEquals(302, redirect.status());
        assertEquals("/docs/?x=1", redirect.header("Location"));
        assertEquals(200, RawHttp.send(port, "GET", "/file%20with%20space.txt").status());
    }

    @Test
    void missingPathsGetTheSites404PageWithStatus404() throws IOException {
        for (String path : List.of("/nope.html", "/docs/nope/", "/assets/site.css/", "/docs/page.html/x", "/.marker")) {
            RawHttp.Response r = RawHttp.send(port, "GET", path);
            assertEquals(404, r.status(), path);
            assertTrue(r.text().contains("Nothing here (site 404)"), path);
            assertTrue(r.header("Content-Type").startsWith("text/html"), path);
        }
    }

    @Test
    void the404PageKeepsItsRootRelativeLinksWorkingAtAnyDepth() throws IOException {
        String deep = RawHttp.send(port, "GET", "/docs/nope/deeper.html").text();
        assertTrue(deep.contains("<head><base href=\"/\"><link rel=\"stylesheet\" href=\"assets/site.css\">"), deep);
        assertFalse(Files.readString(out.resolve("404.html")).contains("<base"), "only the response is changed");
        assertFalse(RawHttp.send(port, "GET", "/docs/page.html").text().contains("<base"), "other pages are untouched");
    }

    @Test
    void headSendsTheHeadersOfGetWithoutABody() throws IOException {
        RawHttp.Response get = RawHttp.send(port, "GET", "/assets/app.wasm");
        RawHttp.Response head = RawHttp.send(port, "HEAD", "/assets/app.wasm");
        assertEquals(200, head.status());
        assertEquals("application/wasm", head.header("Content-Type"));
        assertEquals(String.valueOf(get.body().length), head.header("Content-Length"));
        assertEquals(get.header("ETag"), head.header("ETag"));
        assertEquals(0, head.body().length);
        RawHttp.Response headHtml = RawHttp.send(port, "HEAD", "/");
        assertEquals(200, headHtml.status());
        assertEquals(0, headHtml.body().length);
        assertEquals(404, RawHttp.send(port, "HEAD", "/missing").status());
    }

    @Test
    void revalidationWithTheEtagAnswers304() throws IOException {
        String etag = RawHttp.send(port, "GET", "/assets/site.css").header("ETag");
        RawHttp.Response again = RawHttp.send(port, "GET /assets/site.css HTTP/1.1\r\nHost: x\r\nIf-None-Match: " + etag
                + "\r\nConnection: close\r\n\r\n");
        assertEquals(304, again.status());
        assertEquals(0, again.body().length);
    }

    @Test
    void otherMethodsAreRefused() throws IOException {
        RawHttp.Response r = RawHttp.send(port, "POST /index.html HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertEquals(405, r.status());
        assertEquals("GET, HEAD", r.header("Allow"));
    }

    @Test
    void liveReloadScriptIsInjectedIntoHtmlResponsesButNeverIntoTheFilesOnDisk() throws IOException {
        String served = RawHttp.send(port, "GET", "/index.html").text();
        assertTrue(served.contains("<script src=\"/__reglab/livereload.js\" data-build=\""), served);
        assertTrue(served.indexOf("/__reglab/livereload.js") < served.indexOf("</body>"));
        assertEquals("no-store", RawHttp.send(port, "GET", "/index.html").header("Cache-Control"));
        assertFalse(Files.readString(out.resolve("index.html")).contains("__reglab"));
        assertFalse(RawHttp.send(port, "GET", "/assets/app.js").text().contains("__reglab"));
        RawHttp.Response script = RawHttp.send(port, "GET", "/__reglab/livereload.js");
        assertEquals(200, script.status());
        assertTrue(script.header("Content-Type").startsWith("text/javascript"));
        assertTrue(script.text().contains("EventSource"));
    }

    /** Each of these must never return the file outside the site folder. */
    @ParameterizedTest
    @ValueSource(strings = {
        "/../secret.txt",
        "/../../secret.txt",
        "/docs/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/.%2e/secret.txt",
        "/%2e%2e%2fsecret.txt",
        "/..%2fsecret.txt",
        "/..%2Fsecret.txt",
        "/..%5csecret.txt",
        "/..%5Csecret.txt",
        "/..\\secret.txt",
        "/%252e%252e/secret.txt",
        "/%c0%ae%c0%ae/secret.txt",
        "/..%00/secret.txt",
        "/link-file.txt",
        "/link-dir/secret.txt",
        "/link-dir/",
        "//secret.txt",
        "/./../secret.txt",
        "..",
        "secret.txt",
        "*",
    })
    void pathTraversalIsRefused(String target) throws IOException {
        RawHttp.Response r = RawHttp.send(port, "GET", target);
        assertTrue(Set.of(400, 403, 404).contains(r.status()), target + " answered " + r.status());
        assertFalse(r.text().contains(SECRET), target + " leaked the file outside the site");
    }

    @Test
    void absolutePathsAndAbsoluteFormTargetsAreRefused() throws IOException {
        for (String target : List.of(
                tmp.resolve("secret.txt").toAbsolutePath().toString(),
                "/" + tmp.resolve("secret.txt").toAbsolutePath(),
                "http://127.0.0.1:" + port + "/../secret.txt",
                "http://127.0.0.1:" + port + "/%2e%2e/secret.txt",
                "file://" + tmp.resolve("secret.txt").toAbsolutePath())) {
            RawHttp.Response r = RawHttp.send(port, "GET", target);
            assertTrue(Set.of(400, 403, 404).contains(r.status()), target + " answered " + r.status());
            assertFalse(r.text().contains(SECRET), target + " leaked the file outside the site");
        }
    }
}
