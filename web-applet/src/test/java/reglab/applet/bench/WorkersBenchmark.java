package reglab.applet.bench;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import reglab.applet.browser.HarnessSite;
import reglab.applet.browser.TestBrowser;
import reglab.applet.catalogue.Catalogue;
import reglab.applet.catalogue.SpecText;

/**
 * Prints the worker pool's figures (run by {@code bench/workers.sh}; a benchmark, not a test): for
 * each experiment given (a name, for its defaults, or a spec in query form), the wall time of
 * {@code reglab.train(spec)} in Chromium's WasmGC with one worker and with two, their ratio (the
 * goal on a 2-core machine is at least 1.7 for an experiment of many parts), and whether both gave
 * the same result; then the module and runtime's gzipped size. Each time is the best of
 * {@link #MEASURED} after {@link #WARMUPS} (the first also starts the workers). The harness page's
 * own experiment is paused so it does not compete for the CPU.
 */
public final class WorkersBenchmark {

    static final int WARMUPS = 2;
    static final int MEASURED = 5;

    private WorkersBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> specs = new ArrayList<>();
        for (String arg : args.length == 0
                ? new String[] {"batchnorm", "dropout", "tuning", "transfer", "augmentation"} : args) {
            String spec = arg.contains("=") ? arg : "experiment=" + arg;
            try {
                Catalogue.run(SpecText.parseQuery(spec));
            } catch (RuntimeException e) {
                System.err.println("workers.sh: " + arg + ": " + e.getMessage());
                System.exit(2);
            }
            specs.add(spec);
        }
        System.out.println("reglab worker pool (wall time of reglab.train in Chromium, WasmGC, best of "
                + MEASURED + " after " + WARMUPS + " warm-up; " + Runtime.getRuntime().availableProcessors()
                + " cores here; noisy on a shared machine)");
        System.out.printf("%-44s %6s %11s %11s %7s %s%n", "spec", "parts", "1 worker", "2 workers",
                "ratio", "same result");
        try (HarnessSite site = new HarnessSite(); TestBrowser chromium = new TestBrowser()) {
            for (String spec : specs) {
                double[] ms = new double[2];
                String[] results = new String[2];
                String[] perWorker = new String[2];
                int parts = 0;
                for (int w = 1; w <= 2; w++) {
                    try (BrowserContext context = chromium.browser().newContext()) {
                        Page page = context.newPage();
                        page.navigate(site.url("index.html") + "?reglab-workers=" + w);
                        page.evaluate("() => reglab.ready");
                        page.evaluate("() => document.querySelectorAll('button[data-action=play]')"
                                + ".forEach(b => { if (b.getAttribute('aria-pressed') === 'true') b.click(); })");
                        double best = Double.MAX_VALUE;
                        for (int rep = 0; rep < WARMUPS + MEASURED; rep++) {
                            @SuppressWarnings("unchecked")
                            Map<String, Object> r = (Map<String, Object>) page.evaluate("s => {"
                                    + " const t0 = performance.now();"
                                    + " return reglab.train(s).then(r => ({ms: performance.now() - t0,"
                                    + " json: JSON.stringify(r)})); }", spec);
                            if (rep >= WARMUPS) {
                                best = Math.min(best, ((Number) r.get("ms")).doubleValue());
                            }
                            results[w - 1] = (String) r.get("json");
                        }
                        ms[w - 1] = best;
                        @SuppressWarnings("unchecked")
                        Map<String, Object> stats = (Map<String, Object>) page.evaluate("() => reglab.workerStats()");
                        parts = ((List<?>) stats.get("parts")).stream()
                                .mapToInt(n -> ((Number) n).intValue()).sum() / (WARMUPS + MEASURED);
                        perWorker[w - 1] = stats.get("parts") + " in " + stats.get("partMs") + " ms";
                    }
                }
                System.out.printf("%-44s %6d %9.0f ms %8.0f ms %7.2f %-4s (parts per worker, all runs, and their compute time: %s; %s)%n",
                        spec, parts, ms[0], ms[1], ms[0] / ms[1], results[0].equals(results[1]) ? "yes" : "NO",
                        perWorker[0], perWorker[1]);
            }
            AppletBenchmark.sizes();
        }
    }
}
