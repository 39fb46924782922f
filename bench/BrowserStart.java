package reglab.site.render.browser;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * Benchmark helper for bench/browser-start.sh: how long a fresh JVM takes until a script has run in
 * a blank page of a new headless Chromium, in one of two ways, and prints {@code <mode> <ms>}
 * (milliseconds from the JVM's start). It sits in the render package to reach what the build uses.
 *
 * <ul>
 *   <li>{@code playwright}: as builds started their browser until 7 December: Playwright for Java
 *       starts its Node.js driver (from the extracted cache, with the system node:
 *       {@link PlaywrightDriver}), which starts Chromium with its switches and {@link HeadlessChromium#ARGS}.</li>
 *   <li>{@code pipe}: as builds start it now: {@link HeadlessChromium} starts the binary itself with
 *       the same switches and speaks the DevTools protocol over {@code --remote-debugging-pipe}
 *       ({@link DevToolsPipe}, {@link DevToolsTab}): no driver.</li>
 * </ul>
 *
 * Usage: java reglab.site.render.browser.BrowserStart playwright|pipe BROWSER
 */
public final class BrowserStart {

    public static void main(String[] args) {
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        Path browser = Path.of(args[1]);
        if (args[0].equals("playwright")) {
            try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(PlaywrightDriver.environment()));
                 Browser b = playwright.chromium().launch(new BrowserType.LaunchOptions()
                         .setExecutablePath(browser).setHeadless(true).setArgs(HeadlessChromium.ARGS))) {
                b.newPage().evaluate("1 + 1");
                System.out.println("playwright " + (System.currentTimeMillis() - start));
            }
        } else {
            try (HeadlessChromium chromium = HeadlessChromium.launchForRendering(browser, List.of(), null)) {
                DevToolsTab tab = DevToolsTab.open(chromium.devTools(), false);
                JsonObject evaluate = new JsonObject();
                evaluate.addProperty("expression", "1 + 1");
                JsonObject result = tab.call("Runtime.evaluate", evaluate);
                if (result.getAsJsonObject("result").get("value").getAsInt() != 2) {
                    throw new IllegalStateException("the page did not evaluate 1 + 1: " + result);
                }
                System.out.println("pipe " + (System.currentTimeMillis() - start));
            }
        }
    }
}
