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

/**
 * The activity experiment in real Chromium (WasmGC): the L1 activity penalty makes the hidden
 * layer sparse in {@code reglab.train}'s result, the page draws four labelled pictures, the
 * controls work from the keyboard, and the pictures follow the light/dark theme.
 */
class ActivityBrowserTest extends ExperimentPageTest {

    ActivityBrowserTest() {
        super("activity");
    }

    private static final String BOX = "[data-reglab-id=activity]";

    private static double last(Object list) {
        List<?> l = (List<?>) list;
        return ((Number) l.get(l.size() - 1)).doubleValue();
    }

    /** Pixels of a canvas that something was drawn on (not transparent). */
    static int drawnPixels(Page page, String canvas) {
        return ((Number) page.evaluate("sel => { const c = document.querySelector(sel);"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n; }",
                canvas)).intValue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theActivityPenaltyMakesTheHiddenLayerSparse() {
        load("");
        Map<String, Object> r = (Map<String, Object>) page.evaluate(
                "() => reglab.train('experiment=activity')");
        Map<String, Object> reg = (Map<String, Object>) r.get("regularized");
        Map<String, Object> plain = (Map<String, Object>) r.get("plain");
        assertEquals(61, ((List<?>) reg.get("zero_fraction")).size());
        assertTrue(last(reg.get("zero_fraction")) > last(plain.get("zero_fraction")) + 0.2,
                "exact zeros " + last(reg.get("zero_fraction")) + " vs " + last(plain.get("zero_fraction")));
        assertTrue(last(reg.get("mean_activation")) < 0.5 * last(plain.get("mean_activation")));
        assertTrue(((Number) reg.get("silent_units")).intValue() > ((Number) plain.get("silent_units")).intValue());
        int counted = ((Number) reg.get("exact_zeros")).intValue();
        for (Object c : (List<?>) reg.get("histogram")) {
            counted += ((Number) c).intValue();
        }
        assertEquals(((Number) reg.get("activations")).intValue(), counted);
    }

    @Test
    void drawsFourLabelledPicturesDescribedByItsNumbers() {
        load("");
        waitForState("finished");
        List<String> canvases = List.of("reglab-histogram", "reglab-units", "reglab-zeros", "reglab-loss");
        assertEquals(canvases.size(), page.locator(BOX + " canvas").count());
        String numbersId = page.getAttribute(BOX + " .reglab-numbers", "id");
        for (String c : canvases) {
            String sel = BOX + " canvas." + c;
            assertFalse(page.getAttribute(sel, "aria-label").isBlank(), c);
            assertEquals("img", page.getAttribute(sel, "role"), c);
            assertEquals(numbersId, page.getAttribute(sel, "aria-describedby"), c);
            assertTrue(drawnPixels(page, sel) > 2000, c + " is drawn");
        }
        String numbers = page.textContent(BOX + " .reglab-numbers");
        assertTrue(numbers.startsWith("Epoch 60") && numbers.contains("exactly 0")
                && numbers.contains("validation cross-entropy"), numbers);
    }

    @Test
    void controlsAreLabelledAndWorkFromTheKeyboard() {
        // A long run, so it is still training when Enter pauses it.
        load("?activity.epochs=1000");
        int controls = page.locator(BOX + " [data-setting]").count();
        int labelled = ((Number) page.evaluate("() => [...document.querySelectorAll("
                + "'[data-reglab-id=activity] [data-setting]')].filter(e => e.labels && e.labels.length"
                + " && e.labels[0].textContent.trim()).length")).intValue();
        assertEquals(10, controls);
        assertEquals(controls, labelled, "every control has a label");
        page.focus(BOX + " input[data-setting=activity]");
        page.keyboard().press("ArrowRight");
        page.waitForFunction("() => location.search.includes('activity.activity=')");
        page.focus(BOX + " select[data-setting=activation]");
        page.keyboard().press("ArrowDown");
        page.waitForFunction("() => location.search.includes('activity.activation=tanh')");
        page.focus(BOX + " button[data-action=play]");
        page.keyboard().press("Enter");
        waitForState("paused");
    }

    @Test
    void picturesFollowTheSiteTheme() {
        load("?activity.epochs=2");
        waitForState("finished");
        // The histogram's first legend swatch (the model with the penalty) is --reglab-pos.
        String swatch = "() => { const c = document.querySelector('[data-reglab-id=activity]"
                + " canvas.reglab-histogram'); const r = c.width / c.clientWidth;"
                + " const d = c.getContext('2d').getImageData(Math.round(58 * r), Math.round(10 * r), 1, 1).data;"
                + " return d[0] + ',' + d[1] + ',' + d[2]; }";
        assertEquals("194,87,12", page.evaluate(swatch), "light theme: #c2570c");
        page.evaluate("() => document.documentElement.dataset.theme = 'dark'");
        page.waitForFunction("swatch => eval(swatch)() === '240,160,75'", swatch);
    }
}
