package reglab.applet.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sparsity experiment in real Chromium: L1 zeros, L2 none, the sign rule against the proximal step. */
class SparsityBrowserTest extends HarnessBrowserTest {


    private static int num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).intValue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void lassoZerosRidgeNoneProximalZerosSignRuleNone() {
        List<String> errors = new ArrayList<>();
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = recordingPage(context, errors);
            page.navigate(site.url("index.html"));
            page.evaluate("() => window.reglab.ready");
            Map<String, Object> r = (Map<String, Object>) page.evaluate(
                    "() => reglab.train('experiment=sparsity&lambda=0.1')");
            assertEquals(15, num(r, "true_zeros"));
            assertTrue(num(r, "lasso_zeros") >= 10, "lasso zeros " + r.get("lasso_zeros"));
            assertEquals(0, num(r, "ridge_zeros"), "ridge shrinks but never to exactly 0");
            assertTrue(num(r, "elastic_net_zeros") > 0);
            assertTrue(num(r, "proximal_zeros") >= 10, "proximal zeros " + r.get("proximal_zeros"));
            assertTrue(num(r, "sign_rule_zeros") <= 1,
                    "the sign rule jitters around 0: " + r.get("sign_rule_zeros"));
            assertEquals(40, ((List<?>) r.get("path_lambdas")).size());

            Locator box = page.locator(".reglab-applet[data-reglab-id=sparsity]");
            box.scrollIntoViewIfNeeded(); // below the fold: it starts when seen
            page.waitForFunction("() => document.querySelector('[data-reglab-id=sparsity]')"
                    + ".getAttribute('data-reglab-state') === 'finished'");
            String before = box.getAttribute("data-reglab-lasso-zeros");
            // Drag the λ marker to the far left (small λ): fewer coefficients are exactly zero.
            Locator path = box.locator("canvas.reglab-path");
            path.scrollIntoViewIfNeeded();
            var bounds = path.boundingBox();
            page.mouse().move(bounds.x + bounds.width - 20, bounds.y + bounds.height / 2);
            page.mouse().down();
            page.mouse().move(bounds.x + 50, bounds.y + bounds.height / 2);
            page.mouse().up();
            page.waitForFunction("b => document.querySelector('[data-reglab-id=sparsity]')"
                    + ".getAttribute('data-reglab-lasso-zeros') !== b", before);
            assertNotEquals(before, box.getAttribute("data-reglab-lasso-zeros"));
            assertTrue(page.url().contains("sparsity.lambda="), "the dragged λ is in the URL");
        }
        assertEquals(List.of(), errors);
    }
}
