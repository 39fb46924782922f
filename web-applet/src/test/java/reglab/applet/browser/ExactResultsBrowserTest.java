package reglab.applet.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reglab.applet.golden.GoldenRuns;
import reglab.core.math.ShortestDecimal;

/**
 * The page trains what the JVM trains, bit for bit: for one golden run of each experiment,
 * {@code JSON.stringify(await reglab.train(spec))} in Chromium's WasmGC is the recorded JVM result
 * text. And V8 writes numbers as {@link ShortestDecimal} does.
 */
class ExactResultsBrowserTest extends HarnessBrowserTest {

    /** One golden run per experiment, short enough for a browser test. */
    private static final String[] RUNS = {"playground-l1-clipping", "playground-dropout-bn-noise",
        "sparsity-wide-small-lambda", "geometry-l2-anticorrelated", "overfitting-cubic",
        "dropout-l2-only", "activity-xor-tanh-sgd", "batchnorm-small-adam-tanh",
        "tuning-regression-small",
        "augmentation-flip-noise-sgd",
        "transfer-turned-relu-sgd"};

    private static BrowserContext context;
    private static Page page;
    private static final List<String> ERRORS = new ArrayList<>();

    @BeforeAll
    static void openPage() {
        context = chromium.browser().newContext();
        page = recordingPage(context, ERRORS);
        page.navigate(site.url("index.html"));
        page.evaluate("() => window.reglab.ready");
        // Stop the page's own experiment, so only the runs under test train.
        page.evaluate("() => document.querySelectorAll('button[data-action=play]')"
                + ".forEach(b => { if (b.getAttribute('aria-pressed') === 'true') b.click(); })");
    }

    @AfterAll
    static void closePage() {
        context.close();
        assertEquals(List.of(), ERRORS, "console errors");
    }

    @Test
    void wasmGcGivesTheJvmsResultsBitForBit() throws Exception {
        assertEquals("wasm-gc", page.evaluate("() => reglab.backend"));
        for (String name : RUNS) {
            GoldenRuns.Golden g = GoldenRuns.named(name);
            String browser = (String) page.evaluate(
                    "spec => reglab.train(spec).then(r => JSON.stringify(r))", g.spec());
            assertEquals(g.expected(), browser, name + " in WasmGC: " + g.spec());
        }
    }

    @Test
    void v8WritesNumbersAsShortestDecimalDoes() {
        SplittableRandom random = new SplittableRandom(7);
        StringBuilder bits = new StringBuilder("[");
        List<String> java = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            long b = random.nextLong();
            double v = Double.longBitsToDouble(b);
            if (i % 2 == 1) {
                v = random.nextDouble() * Math.pow(10, random.nextInt(-9, 24));
                b = Double.doubleToRawLongBits(v);
            }
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                continue;
            }
            bits.append(bits.length() > 1 ? "," : "").append('"').append(Long.toHexString(b)).append('"');
            java.add(ShortestDecimal.of(v));
        }
        bits.append(']');
        @SuppressWarnings("unchecked")
        List<String> v8 = (List<String>) page.evaluate("json => JSON.parse(json).map(h => {"
                + " const view = new DataView(new ArrayBuffer(8));"
                + " view.setBigUint64(0, BigInt('0x' + h));"
                + " return JSON.stringify(view.getFloat64(0)); })", bits.toString());
        for (int i = 0; i < java.size(); i++) {
            assertEquals(v8.get(i), java.get(i), "value " + i);
        }
    }
}
