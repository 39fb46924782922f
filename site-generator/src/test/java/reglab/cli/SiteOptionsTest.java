package reglab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The folder and URL options build, bundle and serve share. */
class SiteOptionsTest {

    private static final Set<String> VALUED = Set.of("content", "out", "base-url", "browser");
    private static final Path ROOT = Path.of("/repo");

    @Test
    void foldersDefaultInTheRepositoryAndGivenOnesAreTakenFromTheWorkingDirectory() throws UserError {
        Args none = Args.parse("build", new String[0], VALUED, Set.of());
        assertEquals(Path.of("/repo/content"), SiteOptions.content(none, ROOT));
        assertEquals(Path.of("/repo/dist"), SiteOptions.out(none, ROOT, "dist"));
        assertNull(SiteOptions.baseUrl(none));
        assertNull(SiteOptions.browser(none));
        Args given = Args.parse("build", new String[] {"--content", "docs", "--out=/tmp/x", "--base-url", "https://e.org/",
                "--browser", "/usr/bin/chromium"}, VALUED, Set.of());
        assertEquals(Path.of("").toAbsolutePath().resolve("docs"), SiteOptions.content(given, ROOT));
        assertEquals(Path.of("/tmp/x"), SiteOptions.out(given, ROOT, "dist"));
        assertEquals("https://e.org/", SiteOptions.baseUrl(given));
        assertEquals("/usr/bin/chromium", SiteOptions.browser(given));
    }

    @Test
    void positionalArgumentsAreRefusedNamingTheCommand() throws UserError {
        Args args = Args.parse("bundle", new String[] {"content"}, VALUED, Set.of());
        UserError e = assertThrows(UserError.class, () -> SiteOptions.noPositional("bundle", args));
        assertEquals(2, e.exitCode());
        assertEquals("bundle: unexpected argument 'content' (see ./reglab bundle --help)", e.getMessage());
    }
}
