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
 * The augmentation experiment in real Chromium (WasmGC): the page loads the handwritten digits
 * beside the module, augmentation raises the held-out accuracy in {@code reglab.train}'s result
 * and a flip lowers it, the accuracy chart and the grid of digits are drawn and labelled with the
 * data's source and licence beside them, the controls work from the keyboard, and the pictures
 * follow the light/dark theme. (That the page's numbers are the JVM's, bit for bit, is
 * {@link ExactResultsBrowserTest}'s.)
 */
class AugmentationBrowserTest extends ExperimentPageTest {

    AugmentationBrowserTest() {
        super("augmentation");
    }

    private static final String BOX = "[data-reglab-id=augmentation]";

    @SuppressWarnings("unchecked")
    private Map<String, Object> train(String spec) {
        return (Map<String, Object>) page.evaluate("spec => reglab.train(spec)", spec);
    }

    @SuppressWarnings("unchecked")
    private static double finalAccuracy(Map<String, Object> result, String model) {
        return ((Number) ((Map<String, Object>) result.get(model)).get("final_val_accuracy")).doubleValue();
    }

    @Test
    void augmentationHelpsAndAFlipHurtsOnHeldOutDigits() {
        load("?augmentation.epochs=1");
        Map<String, Object> defaults = train("experiment=augmentation");
        assertEquals(100, ((Number) defaults.get("train_digits")).intValue());
        assertEquals(500, ((Number) defaults.get("validation_digits")).intValue());
        assertTrue(finalAccuracy(defaults, "augmented") > finalAccuracy(defaults, "plain"),
                "defaults: " + defaults);
        Map<String, Object> flipped = train("experiment=augmentation&flip=horizontal&epochs=60");
        assertTrue(finalAccuracy(flipped, "augmented") < finalAccuracy(flipped, "plain") - 0.01,
                "with a flip: " + flipped);
    }

    @Test
    void drawsTwoLabelledPicturesAndNamesTheDigitsSource() {
        load("?augmentation.epochs=5");
        waitForState("finished");
        List<String> canvases = List.of("reglab-accuracy", "reglab-samples");
        assertEquals(canvases.size(), page.locator(BOX + " canvas").count());
        String numbersId = page.getAttribute(BOX + " .reglab-numbers", "id");
        for (String c : canvases) {
            String sel = BOX + " canvas." + c;
            assertFalse(page.getAttribute(sel, "aria-label").isBlank(), c);
            assertEquals("img", page.getAttribute(sel, "role"), c);
            assertEquals(numbersId, page.getAttribute(sel, "aria-describedby"), c);
            assertTrue(ActivityBrowserTest.drawnPixels(page, sel) > 2000, c + " is drawn");
        }
        String numbers = page.textContent(BOX + " .reglab-numbers");
        assertTrue(numbers.startsWith("Trained on 100 digits, validated on 500 others")
                && numbers.contains("augmented ") && numbers.contains("plain ")
                && numbers.contains("(epoch 5)"), numbers);
        assertTrue(page.textContent(BOX + " .reglab-credit").contains("Alpaydin and C. Kaynak"));
        assertEquals("https://doi.org/10.24432/C50P49",
                page.getAttribute(BOX + " .reglab-credit a >> nth=0", "href"));
        assertEquals("CC BY 4.0", page.textContent(BOX + " .reglab-credit a >> nth=1"));
        assertTrue(page.textContent(BOX + " .reglab-status").startsWith("Finished: held-out accuracy"));
    }

    @Test
    void controlsAreLabelledAndWorkFromTheKeyboard() {
        // A long run, so it is still training when Enter pauses it.
        load("?augmentation.epochs=300&augmentation.perClass=50");
        int controls = page.locator(BOX + " [data-setting]").count();
        int labelled = ((Number) page.evaluate("() => [...document.querySelectorAll("
                + "'[data-reglab-id=augmentation] [data-setting]')].filter(e => e.labels && e.labels.length"
                + " && e.labels[0].textContent.trim()).length")).intValue();
        assertEquals(12, controls);
        assertEquals(controls, labelled, "every control has a label");
        String grid = "() => { const c = document.querySelector('[data-reglab-id=augmentation]"
                + " canvas.reglab-samples'); return c.toDataURL(); }";
        String before = (String) page.evaluate(grid);
        page.focus(BOX + " select[data-setting=flip]");
        page.keyboard().press("ArrowDown");
        page.waitForFunction("() => location.search.includes('augmentation.flip=horizontal')");
        page.waitForFunction("before => document.querySelector('[data-reglab-id=augmentation]"
                + " canvas.reglab-samples').toDataURL() !== before", before);
        page.focus(BOX + " input[data-setting=rotation]");
        page.keyboard().press("ArrowRight");
        page.waitForFunction("() => location.search.includes('augmentation.rotation=')");
        page.focus(BOX + " button[data-action=play]");
        page.keyboard().press("Enter");
        waitForState("paused");
    }

    @Test
    void picturesFollowTheSiteTheme() {
        load("?augmentation.epochs=2");
        waitForState("finished");
        // The first legend swatch (the augmented model) is --reglab-pos: the first run of ten
        // opaque pixels of one colour in the swatches' row (text is never that uniform).
        String swatch = "() => { const c = document.querySelector('[data-reglab-id=augmentation]"
                + " canvas.reglab-accuracy'); const r = c.width / c.clientWidth;"
                + " const row = c.getContext('2d').getImageData(0, Math.round(7 * r), c.width, 1).data;"
                + " const at = x => row.slice(4 * x, 4 * x + 4).join(',');"
                + " for (let x = 0; x + 10 * r < c.width; x++) { let same = row[4 * x + 3] === 255;"
                + "   for (let k = 1; same && k < 10 * r; k++) same = at(x + k) === at(x);"
                + "   if (same) return at(x).split(',').slice(0, 3).join(','); }"
                + " return 'none'; }";
        assertEquals("194,87,12", page.evaluate(swatch), "light theme: #c2570c");
        String grid = "() => document.querySelector('[data-reglab-id=augmentation]"
                + " canvas.reglab-samples').toDataURL()";
        String light = (String) page.evaluate(grid);
        // The digits are drawn in the page's text colour on its background: a site's dark theme
        // changes both (the harness page alone has no dark text colours, so set them as a site does).
        page.evaluate("() => { const s = document.documentElement.style;"
                + " s.setProperty('--fg', '#e6edf3'); s.setProperty('--bg', '#0d1117');"
                + " document.documentElement.dataset.theme = 'dark'; }");
        page.waitForFunction("swatch => eval(swatch)() === '240,160,75'", swatch);
        page.waitForFunction("([grid, light]) => eval(grid)() !== light", List.of(grid, light));
    }
}
