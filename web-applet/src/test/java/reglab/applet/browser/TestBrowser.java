package reglab.applet.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium for the applet's own tests, started the way the project starts it everywhere
 * (site-generator's {@code HeadlessChromium}, which this module cannot depend on: the generator
 * depends on the applet): Playwright for Java with the system Chromium, never a downloaded one.
 * The browser is {@code $REGLAB_BROWSER}, else {@code /usr/bin/chromium}.
 */
public final class TestBrowser implements AutoCloseable {

    /** The same switches as {@code HeadlessChromium.ARGS}. */
    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run");

    private final Playwright playwright;
    private final Browser browser;

    public TestBrowser() {
        Map<String, String> env = new HashMap<>();
        env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        for (String node : new String[] {System.getenv("PLAYWRIGHT_NODEJS_PATH"), "/usr/bin/node",
            "/usr/local/bin/node"}) {
            if (node != null && Files.isExecutable(Path.of(node))) {
                env.put("PLAYWRIGHT_NODEJS_PATH", node);
                break;
            }
        }
        String exe = System.getenv("REGLAB_BROWSER");
        if (exe == null || exe.isBlank()) {
            exe = "/usr/bin/chromium";
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(exe)).setHeadless(true).setArgs(ARGS));
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
