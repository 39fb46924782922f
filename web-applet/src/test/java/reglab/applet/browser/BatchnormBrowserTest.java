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
 * The batchnorm experiment in real Chromium (WasmGC): with batch normalization more cells of the
 * learning-rate × weight-scale grid learn, the whole grid trains in the page to its end, both grids
 * and the shared colour scale are drawn and labelled, a cell is chosen by click and by the arrow
 * keys without retraining, and the colours follow the light/dark theme.
 */
class BatchnormBrowserTest extends ExperimentPageTest {

    BatchnormBrowserTest() {
        super("batchnorm");
    }

    private static final String BOX = "[data-reglab-id=batchnorm]";

    private String cell() {
        return page.getAttribute(BOX, "data-reglab-cell");
    }

    @Test
    @SuppressWarnings("unchecked")
    void batchNormalizationLearnsInMoreCellsOfTheGrid() {
        load("");
        page.evaluate("() => document.querySelector('[data-reglab-id=batchnorm] button[data-action=play]').click()");
        Map<String, Object> r = (Map<String, Object>) page.evaluate("() => reglab.train('experiment=batchnorm')");
        Map<String, Object> bn = (Map<String, Object>) r.get("batchnorm");
        Map<String, Object> plain = (Map<String, Object>) r.get("plain");
        assertEquals(25, ((List<?>) bn.get("final_loss")).size());
        int learnedBn = ((Number) bn.get("learned_cells")).intValue();
        int learnedPlain = ((Number) plain.get("learned_cells")).intValue();
        assertTrue(learnedBn >= learnedPlain + 10, "learned with BN " + learnedBn + ", without " + learnedPlain);
        Map<String, Object> chosen = (Map<String, Object>) r.get("chosen");
        assertEquals(1.0, ((Number) chosen.get("rate")).doubleValue());
        assertEquals(1.0, ((Number) chosen.get("gain")).doubleValue());
    }

    @Test
    void theGridTrainsInThePageAndIsDrawnAndLabelled() {
        load("");
        waitForFinished();
        List<String> canvases = List.of("reglab-grid-plain", "reglab-grid-bn", "reglab-scale", "reglab-curves");
        assertEquals(canvases.size(), page.locator(BOX + " canvas").count());
        for (String c : canvases) {
            String sel = BOX + " canvas." + c;
            assertFalse(page.getAttribute(sel, "aria-label").isBlank(), c);
            assertTrue(ActivityBrowserTest.drawnPixels(page, sel) > 1500, c + " is drawn");
        }
        String numbers = page.textContent(BOX + " .reglab-numbers");
        assertTrue(numbers.startsWith("Cells trained 50 of 50") && numbers.contains("learning rate 1,"),
                numbers);
        assertTrue(page.textContent(BOX + " .reglab-status").contains("cells learned with batch normalization"));
    }

    @Test
    void aCellIsChosenByClickAndArrowKeysWithoutRetraining() {
        load("?batchnorm.epochs=2");
        waitForFinished();
        assertEquals("2,3", cell(), "gain ×1 (row 3), learning rate 1 (column 4), counted from 0");
        Locator grid = page.locator(BOX + " canvas.reglab-grid-bn");
        // Cells are 50 × 30 px from (44, 20): column 0, row 0 is around (69, 35).
        grid.click(new Locator.ClickOptions().setPosition(69, 35));
        page.waitForFunction("() => location.search.includes('batchnorm.rateIndex=1')");
        assertEquals("0,0", cell());
        grid.focus();
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowDown");
        assertEquals("1,1", cell());
        assertTrue(page.url().contains("batchnorm.gainIndex=2") && page.url().contains("batchnorm.rateIndex=2"),
                page.url());
        assertEquals("finished", page.getAttribute(BOX, "data-reglab-state"), "choosing a cell does not retrain");
        int controls = page.locator(BOX + " [data-setting]").count();
        int labelled = ((Number) page.evaluate("() => [...document.querySelectorAll("
                + "'[data-reglab-id=batchnorm] [data-setting]')].filter(e => e.labels && e.labels.length"
                + " && e.labels[0].textContent.trim()).length")).intValue();
        assertEquals(controls, labelled, "every control has a label");
        assertEquals("2", page.inputValue(BOX + " input[data-setting=rateIndex]"), "the control follows");
    }

    @Test
    void coloursFollowTheSiteTheme() {
        load("?batchnorm.epochs=1&batchnorm.rates=0.1&batchnorm.gains=1");
        waitForFinished();
        // The left end of the colour scale is the lowest loss, drawn in full --reglab-neg; the bar
        // is drawn in narrow, overlapping steps, so its edges are antialiased by a unit or two.
        String near = "([r, g, b]) => { const c = document.querySelector('[data-reglab-id=batchnorm]"
                + " canvas.reglab-scale'); const s = c.width / c.clientWidth;"
                + " const d = c.getContext('2d').getImageData(Math.round(46 * s), Math.round(21 * s), 1, 1).data;"
                + " return Math.abs(d[0] - r) <= 2 && Math.abs(d[1] - g) <= 2 && Math.abs(d[2] - b) <= 2; }";
        assertEquals(Boolean.TRUE, page.evaluate(near, List.of(31, 111, 209)), "light theme: #1f6fd1");
        page.evaluate("() => document.documentElement.dataset.theme = 'dark'");
        page.waitForFunction(near, List.of(108, 182, 255));
    }
}
