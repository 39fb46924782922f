package reglab.applet.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reglab.applet.catalogue.Catalogue;
import reglab.applet.catalogue.SpecText;
import reglab.applet.golden.GoldenRuns;
import reglab.applet.run.PartedRun;

/**
 * The worker pool, from a {@code file://} page (workers from {@code blob:} URLs, the module from
 * its embedded bytes): runs made of parts give their golden results bit for bit with 0, 1 and 2
 * workers, and the workers really ran the parts; a worker that fails on a part is replaced by the
 * page's own slices (or another worker) and the result does not change; the JavaScript fallback
 * runs in workers too, with the numbers it gives on the page's thread.
 */
class WorkersBrowserTest extends HarnessBrowserTest {

    /** 18 grid cells; dropout's two compared models. */
    private static final String[] RUNS = {"batchnorm-small-adam-tanh", "dropout-light"};

    /**
     * Tuning (folds, trials, Bayesian trials waiting for earlier ones, map points), augmentation
     * (two models on the digits, which workers receive from the page) and transfer (fine-tunings
     * whose input is the pre-training's weights).
     */
    private static final String[] PARTED_RUNS = {"tuning-regression-small", "augmentation-flip-noise-sgd",
        "transfer-turned-relu-sgd"};

    /** Makes the browser look like one without WebAssembly GC (as LoadingBrowserTest does). */
    private static final String HIDE_WASM_GC = "(() => { const v = WebAssembly.validate;"
            + " WebAssembly.validate = b => { const a = new Uint8Array(b.buffer || b);"
            + " return a.length === 15 && a[11] === 0x5f ? false : v(b); }; })();";

    /**
     * Makes the first part sent to a worker fail there: its settings name no experiment, so the
     * worker's run cannot be made (what any failure in a worker looks like to the page).
     */
    private static final String BREAK_FIRST_PART = "(() => { const post = Worker.prototype.postMessage;"
            + " let broken = false; Worker.prototype.postMessage = function (m, t) {"
            + " if (m && m.type === 'part' && !broken) { broken = true; m = Object.assign({}, m,"
            + " {query: 'experiment=no-such-experiment'}); } return post.call(this, m, t); }; })();";

    /** Opens the harness page from disk with {@code workers} workers and pauses its own experiment. */
    private static Page open(BrowserContext context, int workers, List<String> errors) {
        Page page = recordingPage(context, errors);
        page.navigate(site.fileUrl("index.html") + "?reglab-workers=" + workers);
        page.waitForFunction("() => window.reglab && window.reglab.backend");
        page.evaluate("() => window.reglab.ready");
        page.evaluate("() => document.querySelectorAll('button[data-action=play]')"
                + ".forEach(b => { if (b.getAttribute('aria-pressed') === 'true') b.click(); })");
        return page;
    }

    private static String train(Page page, String spec) {
        return (String) page.evaluate("spec => reglab.train(spec).then(r => JSON.stringify(r))", spec);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stats(Page page) {
        return (Map<String, Object>) page.evaluate("() => reglab.workerStats()");
    }

    private static int number(Map<String, Object> stats, String key) {
        return ((Number) stats.get(key)).intValue();
    }

    private static List<Integer> perWorker(Map<String, Object> stats) {
        List<Integer> out = new ArrayList<>();
        for (Object o : (List<?>) stats.get("parts")) {
            out.add(((Number) o).intValue());
        }
        return out;
    }

    @Test
    void sameResultsWithZeroOneAndTwoWorkersAndTheWorkersRanTheParts() throws Exception {
        List<String> errors = new ArrayList<>();
        for (int workers = 0; workers <= 2; workers++) {
            try (BrowserContext context = chromium.browser().newContext()) {
                Page page = open(context, workers, errors);
                assertEquals("wasm-gc", page.evaluate("() => reglab.backend"));
                for (String name : RUNS) {
                    GoldenRuns.Golden g = GoldenRuns.named(name);
                    assertEquals(g.expected(), train(page, g.spec()), name + " with " + workers + " workers");
                }
                Map<String, Object> stats = stats(page);
                List<Integer> ran = perWorker(stats);
                int inWorkers = ran.stream().mapToInt(Integer::intValue).sum();
                assertEquals(workers, number(stats, "started"), "workers started: " + stats);
                assertEquals(18 + 2, inWorkers + number(stats, "main"), "every part ran once: " + stats);
                if (workers == 0) {
                    assertEquals(20, number(stats, "main"), stats.toString());
                } else {
                    assertEquals(0, number(stats, "main"), "no part on the page's thread: " + stats);
                    assertTrue(ran.stream().allMatch(n -> n > 0), "every worker ran parts: " + stats);
                }
            }
        }
        assertEquals(List.of(), errors);
    }

    /**
     * The experiments made of parts with inputs, waits and data of their own: their golden results
     * bit for bit with 0, 1 and 2 workers, every part run once, in workers whenever there are
     * any, and no worker lost.
     */
    @Test
    void tuningAugmentationAndTransferGiveTheirGoldenResultsInWorkers() throws Exception {
        int parts = 0;
        for (String name : PARTED_RUNS) {
            parts += ((PartedRun) Catalogue.run(SpecText.parseQuery(GoldenRuns.named(name).spec()))).parts();
        }
        List<String> errors = new ArrayList<>();
        for (int workers = 0; workers <= 2; workers++) {
            try (BrowserContext context = chromium.browser().newContext()) {
                Page page = open(context, workers, errors);
                assertEquals("wasm-gc", page.evaluate("() => reglab.backend"));
                for (String name : PARTED_RUNS) {
                    GoldenRuns.Golden g = GoldenRuns.named(name);
                    assertEquals(g.expected(), train(page, g.spec()), name + " with " + workers + " workers");
                }
                Map<String, Object> stats = stats(page);
                List<Integer> ran = perWorker(stats);
                int inWorkers = ran.stream().mapToInt(Integer::intValue).sum();
                assertEquals(List.of(), stats.get("errors"), "no worker lost: " + stats);
                assertEquals(workers, number(stats, "live"), "workers live: " + stats);
                assertEquals(parts, inWorkers + number(stats, "main"), "every part ran once: " + stats);
                if (workers == 0) {
                    assertEquals(parts, number(stats, "main"), stats.toString());
                } else {
                    assertEquals(0, number(stats, "main"), "no part on the page's thread: " + stats);
                    assertTrue(ran.stream().allMatch(n -> n > 0), "every worker ran parts: " + stats);
                }
            }
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void aWorkerThatFailsChangesNothingButWhereThePartRan() throws Exception {
        GoldenRuns.Golden g = GoldenRuns.named("batchnorm-small-adam-tanh");
        for (int workers = 1; workers <= 2; workers++) {
            List<String> errors = new ArrayList<>();
            try (BrowserContext context = chromium.browser().newContext()) {
                context.addInitScript(BREAK_FIRST_PART);
                Page page = open(context, workers, errors);
                assertEquals(g.expected(), train(page, g.spec()), "with " + workers + " workers, one failing");
                Map<String, Object> stats = stats(page);
                assertEquals(workers - 1, number(stats, "live"), "the failed worker is gone: " + stats);
                assertTrue(stats.get("errors").toString().contains("no-such-experiment"), stats.toString());
                int inWorkers = perWorker(stats).stream().mapToInt(Integer::intValue).sum();
                assertEquals(18, inWorkers + number(stats, "main"), stats.toString());
                if (workers == 1) {
                    assertEquals(18, number(stats, "main"), "the page's slices took over: " + stats);
                } else {
                    assertEquals(18, inWorkers, "the other worker took over: " + stats);
                }
            }
            assertEquals(List.of(), errors);
        }
    }

    /**
     * A run that reads a data script's global (augmentation's handwritten digits) trains in
     * workers too: the page hands them the data with their first part.
     */
    @Test
    void workersGetThePagesDataScripts() throws Exception {
        GoldenRuns.Golden g = GoldenRuns.named("augmentation-flip-noise-sgd");
        List<String> errors = new ArrayList<>();
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = open(context, 2, errors);
            assertEquals(g.expected(), train(page, g.spec()));
            Map<String, Object> stats = stats(page);
            assertEquals(2, number(stats, "live"), "no worker lost: " + stats);
            assertEquals(0, number(stats, "main"), stats.toString());
            assertTrue(perWorker(stats).stream().mapToInt(Integer::intValue).sum() > 0, stats.toString());
        }
        assertEquals(List.of(), errors);
    }

    /** Where workers cannot start at all (here: no Worker), the page's slices run every part. */
    @Test
    void withoutWorkersEverythingRunsInThePagesSlices() throws Exception {
        GoldenRuns.Golden g = GoldenRuns.named("batchnorm-small-adam-tanh");
        List<String> errors = new ArrayList<>();
        try (BrowserContext context = chromium.browser().newContext()) {
            context.addInitScript("delete window.Worker;");
            Page page = open(context, 2, errors);
            assertEquals(g.expected(), train(page, g.spec()));
            Map<String, Object> stats = stats(page);
            assertEquals(0, number(stats, "started"), stats.toString());
            assertEquals(0, number(stats, "live"), stats.toString());
            assertEquals(18, number(stats, "main"), stats.toString());
            assertTrue(stats.get("errors").toString().contains("Worker"), stats.toString());
        }
        assertEquals(List.of(), errors);
    }

    /**
     * A view's run with parts shares them with the workers while it plays: the batchnorm view
     * finishes showing the same numbers with 2 workers as with none, and the workers ran cells.
     * Paused, it starts no more parts in workers.
     */
    @Test
    void aViewSharesItsPartsWithTheWorkersAndShowsTheSameNumbers() {
        List<String> errors = new ArrayList<>();
        String[] numbers = new String[2];
        for (int k = 0; k < 2; k++) {
            int workers = 2 * k;
            try (BrowserContext context = chromium.browser().newContext()) {
                Page page = recordingPage(context, errors);
                page.navigate(site.fileUrl("batchnorm.html") + "?reglab-workers=" + workers);
                page.waitForFunction("() => document.querySelector('.reglab-applet')"
                        + ".getAttribute('data-reglab-state') === 'finished'", null,
                        new Page.WaitForFunctionOptions().setTimeout(180_000));
                numbers[k] = page.textContent(".reglab-numbers");
                Map<String, Object> stats = stats(page);
                int inWorkers = perWorker(stats).stream().mapToInt(Integer::intValue).sum();
                assertEquals(workers, number(stats, "started"), stats.toString());
                if (workers > 0) {
                    assertTrue(inWorkers > 0, "workers trained cells of the view's grid: " + stats);
                }
            }
        }
        assertTrue(numbers[0].contains("Cells trained 50 of 50"), numbers[0]);
        assertEquals(numbers[0], numbers[1], "the view's numbers with 0 and 2 workers");

        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = recordingPage(context, errors);
            page.navigate(site.fileUrl("batchnorm.html") + "?reglab-workers=2");
            page.waitForFunction("() => +document.querySelector('.reglab-applet')"
                    + ".getAttribute('data-reglab-cells') >= 4");
            page.click("button[data-action=play]");
            page.waitForTimeout(700); // parts already in workers arrive
            String cells = page.getAttribute(".reglab-applet", "data-reglab-cells");
            int ran = perWorker(stats(page)).stream().mapToInt(Integer::intValue).sum();
            page.waitForTimeout(1000);
            assertEquals(cells, page.getAttribute(".reglab-applet", "data-reglab-cells"), "paused");
            assertEquals(ran, perWorker(stats(page)).stream().mapToInt(Integer::intValue).sum(),
                    "no part started in a worker while paused");
        }
        assertEquals(List.of(), errors);
    }

    /**
     * Tuning's, augmentation's and transfer's views, opened from disk at their defaults, share
     * their parts with 2 workers and finish showing the numbers they show with none (a worker
     * rebuilds each view's run from the view's settings; augmentation's workers get the digits
     * from the page).
     */
    @Test
    void theNewExperimentsViewsShowTheSameNumbersWithWorkers() {
        List<String> errors = new ArrayList<>();
        for (String name : new String[] {"tuning", "augmentation", "transfer"}) {
            String[] numbers = new String[2];
            for (int k = 0; k < 2; k++) {
                int workers = 2 * k;
                try (BrowserContext context = chromium.browser().newContext()) {
                    Page page = recordingPage(context, errors);
                    page.navigate(site.fileUrl(name + ".html") + "?reglab-workers=" + workers);
                    page.waitForFunction("() => document.querySelector('.reglab-applet')"
                            + ".getAttribute('data-reglab-state') === 'finished'", null,
                            new Page.WaitForFunctionOptions().setTimeout(300_000));
                    numbers[k] = page.textContent(".reglab-numbers");
                    Map<String, Object> stats = stats(page);
                    assertEquals(workers, number(stats, "live"), name + ": " + stats);
                    assertEquals(List.of(), stats.get("errors"), name + ": " + stats);
                    if (workers > 0) {
                        assertTrue(perWorker(stats).stream().mapToInt(Integer::intValue).sum() > 0,
                                name + ": workers trained parts of the view's run: " + stats);
                    }
                }
            }
            assertFalse(numbers[0].isBlank(), name);
            assertEquals(numbers[0], numbers[1], name + "'s numbers with 0 and 2 workers");
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void theJavascriptFallbackRunsInWorkersWithTheSameNumbers() {
        String spec = "experiment=dropout&samples=200&batch=50&epochs=3&seed=2";
        String[] results = new String[2];
        List<String> errors = new ArrayList<>();
        for (int workers = 0; workers <= 1; workers++) {
            try (BrowserContext context = chromium.browser().newContext()) {
                context.addInitScript(HIDE_WASM_GC);
                Page page = open(context, workers * 2, errors);
                assertEquals("js", page.evaluate("() => reglab.backend"));
                results[workers] = train(page, spec);
                Map<String, Object> stats = stats(page);
                assertEquals(workers * 2, number(stats, "started"), stats.toString());
                assertEquals(workers == 0 ? 2 : 0, number(stats, "main"), stats.toString());
            }
        }
        assertEquals(results[0], results[1], "the JavaScript fallback, 0 and 2 workers");
        assertFalse(results[0].isEmpty());
        assertEquals(List.of(), errors);
    }
}
