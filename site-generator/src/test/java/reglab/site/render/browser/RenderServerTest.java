package reglab.site.render.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The render pages' file server: the whitelisted class-path files on loopback, nothing else; no browser needed. */
class RenderServerTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static HttpResponse<byte[]> get(String origin, String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(origin + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesThePageAndTheVendorFilesAndNothingElse() throws IOException, InterruptedException {
        RenderServer server = RenderServer.acquire();
        try {
            String origin = server.origin();
            assertTrue(origin.matches("http://127\\.0\\.0\\.1:\\d+"), origin);

            HttpResponse<byte[]> page = get(origin, "/page/render.html?diagrams");
            assertEquals(200, page.statusCode());
            assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
            assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
            assertArrayEquals(RenderPage.read("reglab/site/render/browser/render.html"), page.body());

            HttpResponse<byte[]> module = get(origin, "/vendor/mermaid/mermaid.esm.min.mjs");
            assertEquals(200, module.statusCode());
            assertEquals("text/javascript; charset=utf-8", module.headers().firstValue("Content-Type").orElse(""));
            assertEquals(200, get(origin, "/theme/search-options.js").statusCode());

            for (String outside : new String[] {"/", "/reglab/cli/Main.class", "/page/../../cli/Main.class",
                    "/vendor/../site/render/browser/RenderPage.class", "/theme/site.css", "/favicon.ico"}) {
                assertEquals(404, get(origin, outside).statusCode(), outside);
            }
            HttpResponse<byte[]> post = CLIENT.send(HttpRequest.newBuilder(URI.create(origin + "/page/render.html"))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(404, post.statusCode(), "only GET is served");
        } finally {
            RenderServer.release();
        }
    }

    @Test
    void oneServerWhilePagesUseItStoppedWhenTheLastIsDone() throws IOException, InterruptedException {
        // Other tests close their render pages; should one be left open, the server must stay up for it.
        int others = RenderServer.users();
        RenderServer first = RenderServer.acquire();
        String origin;
        try {
            RenderServer second = RenderServer.acquire();
            assertEquals(others + 2, RenderServer.users());
            assertEquals(first.origin(), second.origin(), "pages share the server");
            RenderServer.release();
            origin = first.origin();
            assertEquals(200, get(origin, "/page/render.mjs").statusCode(), "still serving for the first user");
        } finally {
            RenderServer.release();
        }
        assertEquals(others, RenderServer.users());
        if (others == 0) {
            assertThrows(IOException.class, () -> get(origin, "/page/render.mjs"), "stopped after the last release");
        } else {
            assertEquals(200, get(origin, "/page/render.mjs").statusCode(), "still up for the pages other tests left open");
        }
        RenderServer again = RenderServer.acquire();
        try {
            assertNotEquals("", again.origin());
            assertEquals(200, get(again.origin(), "/page/render.mjs").statusCode(), "a later page starts it again");
        } finally {
            RenderServer.release();
        }
    }
}
