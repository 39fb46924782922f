package reglab.site.render.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reglab.site.SiteException;

/** The switches the browser really runs with, read back from the running browser. */
class HeadlessChromiumTest {

    private static final Path BROWSER = new BrowserLocator().locate(null);

    /** The command line of the browser process (not its helpers: no --type=) among this JVM's descendants. */
    private static List<String> browserSwitches() throws IOException {
        for (ProcessHandle p : ProcessHandle.current().descendants().toList()) {
            Path cmdline = Path.of("/proc/" + p.pid() + "/cmdline");
            if (!Files.exists(cmdline)) {
                continue;
            }
            List<String> argv = List.of(new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).split("\0"));
            if (argv.contains("--remote-debugging-pipe") && argv.stream().noneMatch(a -> a.startsWith("--type="))) {
                return argv.subList(1, argv.size());
            }
        }
        throw new AssertionError("no browser process under this JVM");
    }

    private static List<String> disableFeatures(List<String> switches) {
        return switches.stream().filter(a -> a.startsWith("--disable-features="))
                .map(a -> a.substring("--disable-features=".length())).toList();
    }

    @Test
    void theBrowserRunsWithEverySwitchPlaywrightWouldGiveIt() throws IOException {
        List<String> playwrights;
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(PlaywrightDriver.environment()));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(BROWSER).setHeadless(true))) {
            playwrights = browserSwitches();
        }
        try (HeadlessChromium chromium = HeadlessChromium.launch(BROWSER)) {
            List<String> ours = browserSwitches();
            Set<String> missing = new LinkedHashSet<>();
            for (String a : playwrights) {
                // The profile folder is ours to choose, and the features are checked below.
                if (a.startsWith("--") && !a.startsWith("--user-data-dir=") && !a.startsWith("--disable-features=") && !ours.contains(a)) {
                    missing.add(a);
                }
            }
            assertEquals(Set.of(), missing, "switches Playwright gives Chromium that ours lacks "
                    + "(add them to HeadlessChromium.PLAYWRIGHT_SWITCHES): " + ours);
            List<String> lists = disableFeatures(ours);
            Set<String> effective = Set.of(lists.get(lists.size() - 1).split(","));
            Set<String> wanted = new LinkedHashSet<>();
            disableFeatures(playwrights).forEach(l -> wanted.addAll(Arrays.asList(l.split(","))));
            wanted.removeAll(effective);
            assertEquals(Set.of(), wanted, "Chromium keeps only the last --disable-features; these features Playwright "
                    + "disables are not (add them to HeadlessChromium.PLAYWRIGHT_DISABLED_FEATURES)");
            assertTrue(effective.containsAll(HeadlessChromium.UNUSED_BROWSER_UI), ours.toString());
        }
    }

    @Test
    void aBrowserThatCannotStartIsNamedWithWhatItSaid(@TempDir Path dir) throws IOException {
        Path fake = dir.resolve("not-a-browser");
        Files.writeString(fake, "#!/bin/sh\necho 'no display here' >&2\nexit 3\n");
        fake.toFile().setExecutable(true);
        SiteException e = assertThrows(SiteException.class, () -> HeadlessChromium.launch(fake).close());
        assertTrue(e.getMessage().contains(fake.toString()) && e.getMessage().contains("no display here"), e.getMessage());
    }

    @Test
    void aBuildsBrowserRunsV8WithoutItsOptimizingTiers() {
        try (HeadlessChromium chromium = HeadlessChromium.launch(new BrowserLocator().locate(null),
                BrowserRenderer.ONE_BUILD_ARGS)) {
            Page page = chromium.browser().newPage();
            page.navigate("chrome://version");
            List<String> args = Arrays.asList(page.locator("#command_line").textContent().split(" "));
            assertTrue(args.contains("--js-flags=--max-opt=1"), args.toString());
            page.close();
        }
    }

    @Test
    void noRendererIsSpentOnTheBrowserWindowsOmniboxPopup() {
        try (HeadlessChromium chromium = HeadlessChromium.launch()) {
            BrowserContext context = chromium.browser().newContext();
            context.newPage().navigate("about:blank");
            CDPSession cdp = chromium.browser().newBrowserCDPSession();
            JsonObject targets = cdp.send("Target.getTargets");
            List<String> urls = new ArrayList<>();
            for (JsonElement t : targets.getAsJsonArray("targetInfos")) {
                urls.add(t.getAsJsonObject().get("url").getAsString());
            }
            assertTrue(urls.contains("about:blank"), urls.toString());
            assertFalse(urls.stream().anyMatch(u -> u.startsWith("chrome://omnibox")), urls.toString());
            context.close();
        }
    }
}
