package reglab.site.render.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The switches the browser really runs with, read back from the running browser. */
class HeadlessChromiumTest {

    @Test
    void theLastDisableFeaturesSwitchKeepsPlaywrightsFeaturesAndAddsOurs() {
        try (HeadlessChromium chromium = HeadlessChromium.launch()) {
            BrowserContext context = chromium.browser().newContext();
            Page page = context.newPage();
            page.navigate("chrome://version");
            String commandLine = page.locator("#command_line").textContent();
            List<String> lists = new ArrayList<>();
            for (String arg : commandLine.split(" ")) {
                if (arg.startsWith("--disable-features=")) {
                    lists.add(arg.substring("--disable-features=".length()));
                }
            }
            assertTrue(lists.size() >= 2, "Playwright's switch and ours: " + commandLine);
            Set<String> effective = Set.of(lists.get(lists.size() - 1).split(","));
            Set<String> wanted = new LinkedHashSet<>();
            lists.forEach(l -> wanted.addAll(Arrays.asList(l.split(","))));
            wanted.removeAll(effective);
            assertEquals(Set.of(), wanted, "Chromium keeps only the last --disable-features; these earlier ones are lost "
                    + "(add them to HeadlessChromium.PLAYWRIGHT_DISABLED_FEATURES)");
            assertTrue(effective.containsAll(HeadlessChromium.UNUSED_BROWSER_UI), commandLine);
            context.close();
        }
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
