package reglab.applet.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Geometry, over-fitting and dropout in real Chromium, all five experiments on one page. */
class ExperimentsBrowserTest extends HarnessBrowserTest {

    private static BrowserContext context;
    private static Page page;
    private static final List<String> ERRORS = new ArrayList<>();

    @BeforeAll
    static void openPage() {
        context = chromium.browser().newContext();
        page = recordingPage(context, ERRORS);
        page.navigate(site.url("all.html"));
        page.evaluate("() => window.reglab.ready");
        scrollThroughExperiments(page);
    }

    @AfterAll
    static void closePage() {
        context.close();
        assertEquals(List.of(), ERRORS, "console errors");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> train(String spec) {
        return (Map<String, Object>) page.evaluate("spec => window.reglab.train(spec)", spec);
    }

    private static double at(Object list, int i) {
        List<?> l = (List<?>) list;
        return ((Number) l.get(i < 0 ? l.size() + i : i)).doubleValue();
    }

    @Test
    void everyExperimentMountsAndDraws() {
        for (String id : new String[] {"playground", "sparsity", "geometry", "overfitting", "dropout",
                "activity", "batchnorm", "tuning", "augmentation", "transfer"}) {
            String state = (String) page.evaluate("id => document.querySelector("
                    + "'[data-reglab-id=' + id + ']').getAttribute('data-reglab-state')", id);
            assertTrue(List.of("training", "finished", "stopped-early").contains(state), id + ": " + state);
            assertTrue(page.locator("[data-reglab-id=" + id + "] canvas").count() >= 1, id);
            assertTrue(!page.locator("[data-reglab-id=" + id + "] .reglab-numbers").textContent().isBlank(), id);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void geometryPutsTheL1SolutionOnAnAxisAndL2NotQuite() {
        Map<String, Object> l1 = train("experiment=geometry&penalty=l1&lambda=1");
        Map<String, Object> l2 = train("experiment=geometry&penalty=l2&lambda=1");
        assertEquals(1, ((Number) l1.get("exact_zeros")).intValue(), "the diamond's corner");
        assertEquals(0, ((Number) l2.get("exact_zeros")).intValue());
        // Hand-checked optimality conditions for w* = (2, 0.6), ρ = 0.5, λ = 1 at w = (1.3, 0):
        // ∂L/∂w1 = (1.3 − 2) + 0.5·(0 − 0.6) = −1 = −λ·sign(w1), and |∂L/∂w2| =
        // |0.5·(1.3 − 2) + (0 − 0.6)| = 0.95 ≤ λ, so w2 = 0 is optimal.
        assertEquals(1.3, at(l1.get("w"), 0), 1e-9);
        assertEquals(0.0, at(l1.get("w"), 1), 0.0);
    }

    @Test
    void overfittingShowsTheUShapeAndEarlyStopping() {
        Map<String, Object> r = train("experiment=overfitting&samples=15&noise=0.3&degree=12");
        Object trainMse = r.get("degree_train_mse");
        Object valMse = r.get("degree_val_mse");
        assertTrue(at(trainMse, -1) < at(trainMse, 0), "training error falls with the degree");
        assertTrue(at(valMse, 2) < at(valMse, 0), "degree 3 beats degree 1 (bias)");
        assertTrue(at(valMse, -1) > at(valMse, 2), "degree 15 is worse than 3 on validation (variance)");
        int best = ((Number) r.get("best_epoch")).intValue();
        int stopped = ((Number) r.get("stopped_epoch")).intValue();
        assertTrue(stopped > best && best > 0, "stopped at " + stopped + " after best " + best);
        assertEquals(Boolean.TRUE, r.get("restored"));
        assertTrue(at(r.get("loss"), -1) < at(r.get("loss"), 0), "loss falls");
    }

    @Test
    @SuppressWarnings("unchecked")
    void dropoutNarrowsTheGapBetweenTrainingAndValidation() {
        Map<String, Object> r = train("experiment=dropout&epochs=12");
        Map<String, Object> reg = (Map<String, Object>) r.get("regularized");
        Map<String, Object> plain = (Map<String, Object>) r.get("plain");
        assertTrue(at(reg.get("loss"), -1) < at(reg.get("loss"), 0), "loss falls");
        assertTrue(at(reg.get("loss"), -1) > at(plain.get("loss"), -1),
                "dropout and L2 keep the training loss up");
        double gapReg = at(reg.get("metric"), -1) - at(reg.get("val_metric"), -1);
        double gapPlain = at(plain.get("metric"), -1) - at(plain.get("val_metric"), -1);
        assertTrue(gapReg < gapPlain, "gap with dropout " + gapReg + " vs without " + gapPlain);
        assertTrue(page.locator("[data-reglab-id=dropout] canvas.reglab-mask").count() == 1);
    }
}
