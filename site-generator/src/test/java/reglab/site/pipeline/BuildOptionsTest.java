package reglab.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where the 404 page's links start: the base URL's path for a hosted site, else relative. */
class BuildOptionsTest {

    private static String notFoundRoot(String baseUrl, boolean offline) {
        BuildOptions options = BuildOptions.of(Path.of("content"), Path.of("site"), baseUrl);
        return (offline ? options.forOffline() : options).notFoundRoot();
    }

    @Test
    void theNotFoundPageLinksFromTheBaseUrlsPathOnlyWhenHosted() {
        assertEquals("/docs/", notFoundRoot("https://example.org/docs", false));
        assertEquals("/a/b/", notFoundRoot("http://localhost:8080/a/b/", false));
        assertEquals("/", notFoundRoot("https://example.org", false));
        assertEquals("/my%20site/", notFoundRoot("https://example.org/my%20site/", false));
        assertEquals("", notFoundRoot(null, false));
        assertEquals("", notFoundRoot("https://example.org/docs/", true));
    }
}
