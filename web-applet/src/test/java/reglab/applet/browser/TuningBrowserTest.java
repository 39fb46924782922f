package reglab.applet.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tuning experiment in real Chromium (WasmGC): the one-standard-error λ is at least λ_min
 * and keeps no more coefficients, the plotted mean is the folds' mean, Bayesian optimization's
 * best is at least as good as random and grid search's at the defaults; the run trains in the page
 * to its end, its five pictures are drawn and labelled, the inspected trial follows the arrow keys
 * and a click without retraining, and the colours follow the light/dark theme.
 */
class TuningBrowserTest extends ExperimentPageTest {

    TuningBrowserTest() {
        super("tuning");
    }

    private static final String BOX = "[data-reglab-id=tuning]";

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOneSeLambdaIsSparserAndBayesianSearchFindsTheLowestLoss() {
        load("");
        page.evaluate("() => document.querySelector('[data-reglab-id=tuning] button[data-action=play]').click()");
        Map<String, Object> r = (Map<String, Object>) page.evaluate("() => reglab.train('experiment=tuning')");
        Map<String, Object> cv = (Map<String, Object>) r.get("cv");
        assertTrue(num(cv.get("alpha_1se")) >= num(cv.get("alpha_min")));
        assertTrue(num(cv.get("nonzero_1se")) <= num(cv.get("nonzero_min")));
        List<Map<String, Object>> folds = (List<Map<String, Object>>) cv.get("fold_mse");
        List<Number> mean = (List<Number>) cv.get("mse_mean");
        assertEquals(5, folds.size());
        for (int a = 0; a < mean.size(); a++) {
            double m = 0;
            for (Map<String, Object> f : folds) {
                m += num(((List<?>) f.get("mse")).get(a)) / folds.size();
            }
            assertEquals(m, mean.get(a).doubleValue(), 1e-12 * m, "alpha #" + a);
        }
        Map<String, Object> search = (Map<String, Object>) r.get("search");
        double bayes = num(((Map<String, Object>) search.get("bayes")).get("best_score"));
        double random = num(((Map<String, Object>) search.get("random")).get("best_score"));
        double grid = num(((Map<String, Object>) search.get("grid")).get("best_score"));
        assertTrue(bayes <= random && bayes <= grid, "Bayesian " + bayes + ", random " + random + ", grid " + grid);
        assertEquals(16, ((List<?>) ((Map<String, Object>) search.get("grid")).get("score")).size());
        assertEquals(49, ((List<?>) ((Map<String, Object>) search.get("map")).get("score")).size());
    }

    @Test
    void theRunTrainsInThePageAndIsDrawnAndLabelled() {
        load("");
        waitForFinished();
        List<String> canvases = List.of("reglab-cv", "reglab-coef", "reglab-plane", "reglab-scale", "reglab-progress");
        assertEquals(canvases.size(), page.locator(BOX + " canvas").count());
        for (String c : canvases) {
            String sel = BOX + " canvas." + c;
            assertFalse(page.getAttribute(sel, "aria-label").isBlank(), c);
            assertTrue(ActivityBrowserTest.drawnPixels(page, sel) > 1500, c + " is drawn");
        }
        String numbers = page.textContent(BOX + " .reglab-numbers");
        assertTrue(numbers.startsWith("Cross-validation (5 folds): λ_min ") && numbers.contains("map 49 of 49"),
                numbers);
        assertEquals("48", page.getAttribute(BOX, "data-reglab-trials"));
        assertTrue(page.textContent(BOX + " .reglab-status").startsWith("Finished: λ_min"));
    }

    @Test
    void theInspectedTrialFollowsArrowKeysAndClicksWithoutRetraining() {
        load("?tuning.epochs=2&tuning.map=0&tuning.trials=9");
        waitForFinished();
        assertEquals("9", page.getAttribute(BOX, "data-reglab-trial"), "past the budget: the last trial");
        Locator plane = page.locator(BOX + " canvas.reglab-plane");
        plane.focus();
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("ArrowLeft");
        assertEquals("7", page.getAttribute(BOX, "data-reglab-trial"));
        assertTrue(page.url().contains("tuning.trial=7"), page.url());
        assertEquals("7", page.inputValue(BOX + " input[data-setting=trial]"), "the control follows");
        // The grid's first trial (weakest L2, no dropout) is the plane's bottom-left corner point.
        plane.click(new Locator.ClickOptions().setPosition(57, 188));
        page.waitForFunction("() => location.search.includes('tuning.trial=1')");
        assertEquals("1", page.getAttribute(BOX, "data-reglab-trial"));
        assertEquals("finished", page.getAttribute(BOX, "data-reglab-state"), "inspecting does not retrain");
        int controls = page.locator(BOX + " [data-setting]").count();
        int labelled = ((Number) page.evaluate("() => [...document.querySelectorAll("
                + "'[data-reglab-id=tuning] [data-setting]')].filter(e => e.labels && e.labels.length"
                + " && e.labels[0].textContent.trim()).length")).intValue();
        assertEquals(controls, labelled, "every control has a label");
    }

    @Test
    void coloursFollowTheSiteTheme() {
        load("?tuning.epochs=1&tuning.map=0&tuning.trials=9&tuning.alphas=5");
        waitForFinished();
        // The left end of the colour scale is the lowest loss, drawn in full --reglab-neg.
        String near = "([r, g, b]) => { const c = document.querySelector('[data-reglab-id=tuning]"
                + " canvas.reglab-scale'); const s = c.width / c.clientWidth;"
                + " const d = c.getContext('2d').getImageData(Math.round(46 * s), Math.round(21 * s), 1, 1).data;"
                + " return Math.abs(d[0] - r) <= 2 && Math.abs(d[1] - g) <= 2 && Math.abs(d[2] - b) <= 2; }";
        assertEquals(Boolean.TRUE, page.evaluate(near, List.of(31, 111, 209)), "light theme: #1f6fd1");
        page.evaluate("() => document.documentElement.dataset.theme = 'dark'");
        page.waitForFunction(near, List.of(108, 182, 255));
    }
}
