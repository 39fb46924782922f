package reglab.site.render.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reglab.site.SiteException;

/** Browser discovery with a fake PATH and HOME; never installs anything (mayInstall = false). */
class BrowserLocatorTest {

    private static Path executable(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    private static BrowserLocator locator(Map<String, String> env) {
        return new BrowserLocator(env, new PrintStream(new ByteArrayOutputStream()), false);
    }

    @Test
    void explicitPathWinsAndIsChecked(@TempDir Path tmp) throws IOException {
        Path mine = executable(tmp.resolve("x"), "my-chrome");
        Path onPath = executable(tmp.resolve("bin"), "chromium");
        Map<String, String> env = Map.of("PATH", onPath.getParent().toString(), "HOME", tmp.toString());
        assertEquals(mine, locator(env).locate(mine.toString()));
        SiteException e = assertThrows(SiteException.class, () -> locator(env).locate(tmp.resolve("nope").toString()));
        assertTrue(e.getMessage().startsWith("--browser " + tmp.resolve("nope") + ": no executable browser there"), e.getMessage());
    }

    @Test
    void environmentVariableComesBeforeThePath(@TempDir Path tmp) throws IOException {
        Path mine = executable(tmp.resolve("x"), "chrome-from-env");
        Path onPath = executable(tmp.resolve("bin"), "chromium");
        Map<String, String> env = Map.of(BrowserLocator.ENV, mine.toString(), "PATH", onPath.getParent().toString(),
                "HOME", tmp.toString());
        assertEquals(mine, locator(env).locate(null));
        Map<String, String> bad = Map.of(BrowserLocator.ENV, "/no/such/browser", "HOME", tmp.toString());
        SiteException e = assertThrows(SiteException.class, () -> locator(bad).locate(null));
        assertTrue(e.getMessage().startsWith(BrowserLocator.ENV + "=/no/such/browser: "), e.getMessage());
    }

    @Test
    void chromiumOnThePathThenPlaywrightsOwn(@TempDir Path tmp) throws IOException {
        Path chrome = executable(tmp.resolve("b1"), "google-chrome");
        Path chromium = executable(tmp.resolve("b2"), "chromium");
        Map<String, String> env = Map.of("PATH", chrome.getParent() + ":" + chromium.getParent(), "HOME", tmp.toString());
        assertEquals(chromium, locator(env).locate(null), "chromium is preferred over google-chrome");

        Path managed = executable(tmp.resolve(".cache/ms-playwright/chromium-1200/chrome-linux64"), "chrome");
        Map<String, String> none = Map.of("PATH", tmp.resolve("empty").toString(), "HOME", tmp.toString());
        assertEquals(managed, locator(none).locate(null));
    }

    @Test
    void nothingFoundSaysWhatToInstallInOneLine(@TempDir Path tmp) {
        Map<String, String> env = Map.of("PATH", tmp.toString(), "HOME", tmp.toString());
        SiteException e = assertThrows(SiteException.class, () -> locator(env).locate(null));
        assertTrue(e.getMessage().startsWith("no Chromium browser found: install one (Debian/Ubuntu: apt-get install -y chromium)"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }
}
