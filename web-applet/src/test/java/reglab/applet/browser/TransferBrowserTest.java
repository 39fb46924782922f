package reglab.applet.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reglab.applet.golden.GoldenRuns;

/**
 * The transfer experiment in real Chromium (WasmGC): at the defaults, with few target samples,
 * L2-SP and frozen features beat fine-tuning without a penalty and training from scratch, and the
 * page's result is the JVM's golden result bit for bit; the whole run trains in the page, its
 * eight pictures are drawn and labelled, the size shown is chosen by click and by the arrow keys
 * without retraining (and kept in the address), and the colours follow the light/dark theme.
 */
class TransferBrowserTest extends ExperimentPageTest {

    TransferBrowserTest() {
        super("transfer");
    }

    private static final String BOX = "[data-reglab-id=transfer]";
    /** A short run: two sizes, one draw each, few steps. */
    private static final String SHORT = "?transfer.samples=5,20&transfer.repeats=1&transfer.steps=60"
            + "&transfer.preEpochs=5";

    private static double at(Map<String, Object> r, String key, String variant, int i) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) r.get(key);
        return ((Number) ((List<?>) m.get(variant)).get(i)).doubleValue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void withFewSamplesL2SpAndFrozenFeaturesWinAndThePageTrainsWhatTheJvmTrains() throws IOException {
        load("");
        page.evaluate("() => document.querySelector('[data-reglab-id=transfer] button[data-action=play]').click()");
        Map<String, Object> r = (Map<String, Object>) page.evaluate("() => reglab.train('experiment=transfer')");
        for (int s = 0; s < 2; s++) {
            double none = at(r, "accuracy", "none", s);
            double scratch = at(r, "accuracy", "scratch", s);
            for (String better : new String[] {"l2sp", "frozen"}) {
                double a = at(r, "accuracy", better, s);
                assertTrue(a > none && a > scratch, better + " at size " + s + ": " + r.get("accuracy"));
            }
        }
        assertEquals(0.0, at(r, "drift", "frozen", 0), "frozen features stay");
        String text = (String) page.evaluate(
                "async () => JSON.stringify(await reglab.train('experiment=transfer'))");
        assertEquals(GoldenRuns.named("transfer-defaults").expected(), text);
    }

    @Test
    void theRunTrainsInThePageAndEveryPictureIsDrawnAndLabelled() {
        load("");
        waitForFinished();
        List<String> canvases = List.of("reglab-accuracy", "reglab-curves", "reglab-map-source",
                "reglab-map-scratch", "reglab-map-none", "reglab-map-l2", "reglab-map-l2sp", "reglab-map-frozen");
        assertEquals(canvases.size(), page.locator(BOX + " canvas").count());
        for (String c : canvases) {
            String sel = BOX + " canvas." + c;
            assertFalse(page.getAttribute(sel, "aria-label").isBlank(), c);
            assertTrue(ActivityBrowserTest.drawnPixels(page, sel) > 3000, c + " is drawn");
        }
        String numbers = page.textContent(BOX + " .reglab-numbers");
        assertTrue(numbers.startsWith("Runs done 76 of 76") && numbers.contains("at 10 per class")
                && numbers.contains("fine-tune, L2-SP") && numbers.contains("frozen features 0"), numbers);
        assertTrue(page.textContent(BOX + " .reglab-status").contains("75 fine-tuning runs"));
    }

    @Test
    void theSizeShownIsChosenByClickAndArrowKeysWithoutRetraining() {
        load(SHORT);
        waitForFinished();
        assertEquals("20", page.getAttribute(BOX, "data-reglab-chosen"), "shown=2: the second size");
        Locator chart = page.locator(BOX + " canvas.reglab-accuracy");
        chart.click(new Locator.ClickOptions().setPosition(60, 150)); // the left end: the first size
        page.waitForFunction("() => location.search.includes('transfer.shown=1')");
        assertEquals("5", page.getAttribute(BOX, "data-reglab-chosen"));
        chart.focus();
        page.keyboard().press("ArrowRight");
        assertEquals("20", page.getAttribute(BOX, "data-reglab-chosen"));
        assertFalse(page.url().contains("transfer.shown"), "the default size leaves the address: " + page.url());
        page.keyboard().press("ArrowLeft");
        assertEquals("5", page.getAttribute(BOX, "data-reglab-chosen"));
        assertEquals("finished", page.getAttribute(BOX, "data-reglab-state"), "choosing a size does not retrain");
        assertEquals("1", page.inputValue(BOX + " input[data-setting=shown]"), "the control follows");
        int controls = page.locator(BOX + " [data-setting]").count();
        int labelled = ((Number) page.evaluate("() => [...document.querySelectorAll("
                + "'[data-reglab-id=transfer] [data-setting]')].filter(e => e.labels && e.labels.length"
                + " && e.labels[0].textContent.trim()).length")).intValue();
        assertEquals(controls, labelled, "every control has a label");
        // A setting that changes the training starts a new run, and the address keeps it.
        page.fill(BOX + " input[data-setting=samples]", "3,30");
        page.press(BOX + " input[data-setting=samples]", "Enter");
        page.waitForFunction("() => location.search.includes('transfer.samples=3%2C30')"
                + " || location.search.includes('transfer.samples=3,30')");
        waitForFinished();
        assertEquals("3", page.getAttribute(BOX, "data-reglab-chosen"), "still the first size");
    }

    @Test
    void coloursFollowTheSiteTheme() {
        load(SHORT);
        waitForFinished();
        // L2-SP's legend swatch is drawn in --reglab-pos: some pixel of the legend band has exactly
        // that colour, in the light theme and, after switching, in the dark one.
        String swatch = "hex => { const c = document.querySelector('[data-reglab-id=transfer] canvas.reglab-accuracy');"
                + " const rgb = [1, 3, 5].map(i => parseInt(hex.trim().substr(i, 2), 16));"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, Math.round(c.height / 4)).data;"
                + " for (let i = 0; i < d.length; i += 4) { if (d[i] === rgb[0] && d[i + 1] === rgb[1]"
                + " && d[i + 2] === rgb[2] && d[i + 3] === 255) return true; } return false; }";
        String pos = "() => getComputedStyle(document.querySelector('[data-reglab-id=transfer] .reglab-experiment'))"
                + ".getPropertyValue('--reglab-pos')";
        String light = (String) page.evaluate(pos);
        assertEquals(Boolean.TRUE, page.evaluate(swatch, light), "light theme " + light);
        page.evaluate("() => document.documentElement.dataset.theme = 'dark'");
        String dark = (String) page.evaluate(pos);
        assertFalse(light.trim().equals(dark.trim()), "the theme changes the colour");
        page.waitForFunction(swatch, dark);
    }
}
