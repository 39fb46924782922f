package reglab.applet.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reglab.core.data.DataSets;
import reglab.core.nn.optimizer.Optimizers;

/** The playground in real Chromium, on the harness page, with the WasmGC backend. */
class PlaygroundBrowserTest extends HarnessBrowserTest {

    /** The playground's mount element on the harness page (which also holds other experiments). */
    private static final String PG = "[data-reglab-id=playground]";

    private BrowserContext context;
    private Page page;
    private final List<String> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        context = chromium.browser().newContext();
        page = recordingPage(context, errors);
    }

    @AfterEach
    void close() {
        context.close();
        assertEquals(List.of(), errors, "console errors");
    }

    private void load(String query) {
        page.navigate(site.url("index.html" + query));
        page.waitForFunction("() => window.reglab && window.reglab.backend");
        page.evaluate("() => window.reglab.ready");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> train(String spec) {
        return (Map<String, Object>) page.evaluate("spec => window.reglab.train(spec)", spec);
    }

    private static double last(List<?> values) {
        return ((Number) values.get(values.size() - 1)).doubleValue();
    }

    private static double first(List<?> values) {
        return ((Number) values.get(0)).doubleValue();
    }

    @Test
    void mountsTrainsAndShowsTheLossFalling() {
        load("");
        assertEquals("wasm-gc", page.evaluate("() => window.reglab.backend"));
        page.waitForFunction("() => +document.querySelector('[data-reglab-id=playground]')"
                + ".getAttribute('data-reglab-epoch') >= 5");
        assertTrue(page.locator(PG + " canvas").count() >= 3, "heat map, losses, weights");
        String numbers = page.locator(PG + " .reglab-numbers").textContent();
        assertTrue(numbers.contains("training loss") && numbers.contains("exact zeros"), numbers);

        Map<String, Object> history = train("experiment=playground&dataset=xor&epochs=40");
        List<?> loss = (List<?>) history.get("loss");
        assertEquals(41, loss.size(), "one entry before training plus one per epoch");
        assertTrue(last(loss) < 0.6 * first(loss), "loss falls: " + loss);
    }

    @Test
    void l1GivesExactZerosThatL2DoesNot() {
        load("");
        String common = "experiment=playground&dataset=circle&layers=8,8&epochs=60&regRate=0.01";
        Map<String, Object> l1 = train(common + "&regularization=l1");
        Map<String, Object> l2 = train(common + "&regularization=l2");
        int zerosL1 = ((Number) l1.get("exact_zeros")).intValue();
        int zerosL2 = ((Number) l2.get("exact_zeros")).intValue();
        assertTrue(zerosL1 > 10, "L1 zeros: " + zerosL1);
        assertEquals(0, zerosL2, "L2 shrinks weights but leaves none exactly zero");
    }

    @Test
    void dropoutAndEarlyStoppingChangeTheCurves() {
        load("");
        String common = "experiment=playground&dataset=spiral&layers=8,8&epochs=60&seed=3";
        Map<String, Object> plain = train(common);
        Map<String, Object> dropped = train(common + "&dropout=0.5");
        // Dropout trains a thinned network: its training loss stays above the plain network's.
        assertTrue(last((List<?>) dropped.get("loss")) > last((List<?>) plain.get("loss")),
                "dropout keeps training loss higher");

        Map<String, Object> stopped = train("experiment=playground&dataset=gauss&noise=50"
                + "&layers=8,8&epochs=400&earlyStopping=true&patience=5&optimizer=adam&rate=0.03");
        int stoppedEpoch = ((Number) stopped.get("stopped_epoch")).intValue();
        int bestEpoch = ((Number) stopped.get("best_epoch")).intValue();
        assertTrue(stoppedEpoch > 0 && stoppedEpoch < 400, "stopped early at " + stoppedEpoch);
        assertEquals(stoppedEpoch - 5, bestEpoch, "stops `patience` epochs after the best one");
        assertEquals(Boolean.TRUE, stopped.get("restored"));
    }

    @Test
    void divergingRunSaysSoAndStops() {
        load("?playground.rate=10&playground.optimizer=sgd&playground.activation=relu");
        page.waitForFunction("() => document.querySelector('[data-reglab-id=playground]')"
                + ".getAttribute('data-reglab-state') === 'diverged'");
        assertTrue(page.locator(PG + " .reglab-status").textContent().contains("Diverged"));
        Map<String, Object> result = train("experiment=playground&rate=10&activation=relu");
        assertEquals(Boolean.TRUE, result.get("diverged"));
    }

    @Test
    void urlStateRoundTrips() {
        load("");
        page.selectOption(PG + " select[data-setting=dataset]", "spiral");
        page.waitForFunction("() => location.search.includes('playground.dataset=spiral')");
        String url = page.url();
        assertTrue(url.contains("playground.dataset=spiral"), url);
        assertFalse(url.contains("playground.rate"), "only changed settings go into the URL");

        page.navigate(url);
        page.evaluate("() => window.reglab.ready");
        assertEquals("spiral", page.inputValue(PG + " select[data-setting=dataset]"));
    }

    @Test
    void theSelectBoxesOfferWhatTheCoreRegisters() {
        load("");
        @SuppressWarnings("unchecked")
        List<String> optimizers = (List<String>) page.evaluate("() => [...document.querySelectorAll("
                + "'[data-reglab-id=playground] select[data-setting=optimizer] option')].map(o => o.value)");
        assertEquals(List.of(Optimizers.names()), optimizers, "adamw is registered in the core only");
        @SuppressWarnings("unchecked")
        List<String> datasets = (List<String>) page.evaluate("() => [...document.querySelectorAll("
                + "'[data-reglab-id=playground] select[data-setting=dataset] option')].map(o => o.value)");
        assertEquals(List.of(DataSets.names()), datasets);
        page.selectOption(PG + " select[data-setting=optimizer]", "adamw");
        page.waitForFunction("() => location.search.includes('playground.optimizer=adamw')");
        Map<String, Object> adamw = train("experiment=playground&optimizer=adamw&rate=0.01&epochs=20");
        assertTrue(last((List<?>) adamw.get("loss")) < first((List<?>) adamw.get("loss")));
    }

    @Test
    void controlsAreLabelledAndReachableByKeyboard() {
        load("?playground.epochs=5000");
        int controls = page.locator(PG + " [data-setting]").count();
        int labelled = ((Number) page.evaluate("() => [...document.querySelectorAll("
                + "'[data-reglab-id=playground] [data-setting]')].filter(e => e.labels && e.labels.length"
                + " && e.labels[0].textContent.trim()).length")).intValue();
        assertEquals(controls, labelled, "every control has a label");
        page.focus(PG + " button[data-action=play]");
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.querySelector('[data-reglab-id=playground]')"
                + ".getAttribute('data-reglab-state') === 'paused'");
    }

    @Test
    void canvasColoursFollowTheSiteTheme() {
        // A short run, so it has finished (and draws no more frames) when the theme changes.
        load("?playground.epochs=2");
        page.waitForFunction("() => document.querySelector('[data-reglab-id=playground]')"
                + ".getAttribute('data-reglab-state') === 'finished'");
        // The loss chart's legend swatch for "training" is filled with --reglab-pos; it is the
        // 12 x 3 px bar at (54, 6), in the legend band above the plot.
        String swatch = "() => { const c = document.querySelector('[data-reglab-id=playground]"
                + " canvas.reglab-loss'); const r = c.width / c.clientWidth;"
                + " const d = c.getContext('2d').getImageData(Math.round(60 * r), Math.round(7 * r), 1, 1).data;"
                + " return d[0] + ',' + d[1] + ',' + d[2]; }";
        assertEquals("194,87,12", page.evaluate(swatch), "light theme: #c2570c");
        page.evaluate("() => document.documentElement.dataset.theme = 'dark'");
        page.waitForFunction("swatch => eval(swatch)() === '240,160,75'", swatch);
        assertEquals("240,160,75", page.evaluate(swatch), "dark theme: #f0a04b");
    }

    @Test
    void consoleApiTakesObjectSpecsBenchmarksAndRejectsBadSpecsWithTheBuildsMessage() {
        load("");
        Object epochs = page.evaluate("() => reglab.train({experiment: 'playground', layers: [8, 8],"
                + " epochs: 3}).then(h => h.loss.length)");
        assertEquals(4, ((Number) epochs).intValue());
        double rate = ((Number) page.evaluate("() => reglab.benchmark("
                + "'experiment=playground&epochs=20')")).doubleValue();
        assertTrue(rate > 1000, "samples per second: " + rate);
        assertEquals("reglab: setting 'rate' has value '50'; allowed: a number from 1e-5 to 10",
                page.evaluate("() => reglab.train({experiment: 'playground', rate: 50})"
                        + ".then(() => 'resolved', e => e.message)"));
    }
}
