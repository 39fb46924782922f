import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import reglab.site.render.browser.HeadlessChromium;

/**
 * Benchmark helper for bench/search-index.sh: the time from the first focus of a page's search box
 * to the first result on screen, the way a reader meets it: the page (LICENSE.html, from file://)
 * has loaded nothing of search; the query is in the box when it gets focus, so the time covers
 * loading MiniSearch, the options and the index, MiniSearch.loadJSON and the search. Each round
 * opens the page in a fresh browser context (empty memory cache). Prints the median and range per
 * site, and within it the time until the index script had run (the three scripts loaded and
 * parsed); the rest is MiniSearch.loadJSON, the search and drawing the results.
 * Usage: java SearchFirstResult ROUNDS SITE_DIR...
 */
public final class SearchFirstResult {

    private static final String FIRST_RESULT = """
            () => new Promise((resolve) => {
              let scripts = 0;
              let held;
              Object.defineProperty(window, 'REGLAB_SEARCH_INDEX', { configurable: true, get: () => held,
                set: (v) => { if (v && !scripts) scripts = performance.now(); held = v; } });
              const input = document.getElementById('search-input');
              const results = document.getElementById('search-results');
              const t0 = performance.now();
              new MutationObserver((_, observer) => {
                if (!results.querySelector('a')) return;
                observer.disconnect();
                resolve({ total: performance.now() - t0, scripts: scripts - t0 });
              }).observe(results, { childList: true, subtree: true });
              input.value = 'early stop';
              input.focus();
              input.dispatchEvent(new Event('input'));
            })""";

    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[0]);
        try (HeadlessChromium chromium = HeadlessChromium.launch()) {
            System.out.printf(Locale.ROOT, "%-10s %28s %28s%n", "site", "first result", "scripts loaded and run");
            for (int s = 1; s < args.length; s++) {
                Path site = Path.of(args[s]);
                List<Double> total = new ArrayList<>();
                List<Double> scripts = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    try (BrowserContext context = chromium.browser().newContext()) {
                        Page page = context.newPage();
                        page.navigate(site.resolve("LICENSE.html").toUri().toString());
                        @SuppressWarnings("unchecked")
                        Map<String, Object> t = (Map<String, Object>) page.evaluate(FIRST_RESULT);
                        total.add(((Number) t.get("total")).doubleValue());
                        scripts.add(((Number) t.get("scripts")).doubleValue());
                    }
                }
                System.out.printf(Locale.ROOT, "%-10s %28s %28s%n", site.getFileName(), summary(total), summary(scripts));
            }
        }
    }

    private static String summary(List<Double> v) {
        List<Double> sorted = v.stream().sorted().toList();
        return String.format(Locale.ROOT, "%.1f (%.1f-%.1f)", sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
    }
}
