package reglab.applet.bench;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Arrays;
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
 * the same result; then the module and runtime's gzipped size.
 *
 * <p>Each configuration has its own browser, so neither inherits the other's compiled code or
 * heap, and the rounds are spread over {@link #PAIRS} such pairs of browsers: the same
 * configuration's time differs by up to a third from one browser to the next (what V8's optimizing
 * tier made of the hot functions), far more than from one round to the next. Both warm up first: V8 compiles a worker's hot WebAssembly functions with its optimizing
 * tier in the background, per worker and only after enough calls, and with two workers each sees
 * half the parts, so each configuration runs {@code warm-ups × workers} runs (each worker has
 * then run about the same number of parts; {@code -Dwarmups=N}, default {@link #WARMUPS}). Then the
 * two take turns, {@link #ROUNDS} rounds in all, so a change in the machine's load falls on both alike; the figures are the medians, and the ratio's
 * spread is given by the quartiles of the per-round ratios. "compute" is the parts' own time in
 * the workers per run (median), the rest of the wall time is hand-over, waiting and the page's
 * share. The harness page's own experiment is paused so it does not compete for the CPU.
 */
public final class WorkersBenchmark {

    static final int WARMUPS = 10;
    static final int ROUNDS = 21;
    /** Browser pairs the rounds are spread over: one browser's luck in compiling is not the answer. */
    static final int PAIRS = 3;

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
        System.out.println("reglab worker pool: wall time of reglab.train in Chromium (WasmGC), each worker count in"
                + " its own browser, " + warmups() + " warm-ups per worker then " + ROUNDS + " alternating rounds over "
                + PAIRS + " browser pairs; medians;"
                + " " + Runtime.getRuntime().availableProcessors() + " cores here (noisy on a shared machine)");
        System.out.printf("%-30s %5s %17s %17s %6s %-16s %s%n", "spec", "parts", "1 worker (compute)",
                "2 workers (comp.)", "ratio", "ratio q1..q3", "same result");
        try (HarnessSite site = new HarnessSite()) {
            for (String spec : specs) {
                measure(site, spec);
            }
            AppletBenchmark.sizes();
        }
    }

    private static void measure(HarnessSite site, String spec) {
        double[][] wall = new double[2][ROUNDS];
        double[][] compute = new double[2][ROUNDS];
        String[] results = new String[2];
        boolean same = true;
        int parts = 0;
        int round = 0;
        for (int pair = 0; pair < PAIRS; pair++) {
            try (TestBrowser one = new TestBrowser(); TestBrowser two = new TestBrowser()) {
                Page[] pages = {open(one, site, 1), open(two, site, 2)};
                for (int w = 0; w < 2; w++) {
                    for (int rep = 0; rep < warmups() * (w + 1); rep++) {
                        train(pages[w], spec);
                    }
                }
                for (int k = 0; k < ROUNDS / PAIRS; k++, round++) {
                    for (int w = 0; w < 2; w++) {
                        double before = workerMs(pages[w]);
                        Map<String, Object> r = train(pages[w], spec);
                        wall[w][round] = ((Number) r.get("ms")).doubleValue();
                        compute[w][round] = workerMs(pages[w]) - before;
                        same &= results[w] == null || results[w].equals(r.get("json"));
                        results[w] = (String) r.get("json");
                        parts = ((Number) r.get("parts")).intValue();
                    }
                }
            }
        }
        same &= results[0].equals(results[1]);
        double[] ratios = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            ratios[r] = wall[0][r] / wall[1][r];
        }
        Arrays.sort(ratios);
        System.out.printf("%-30s %5d %7.0f ms (%4.0f) %7.0f ms (%4.0f) %6.2f %5.2f .. %5.2f    %s%n",
                spec, parts, median(wall[0]), median(compute[0]), median(wall[1]), median(compute[1]),
                median(wall[0]) / median(wall[1]), ratios[ROUNDS / 4], ratios[(3 * ROUNDS) / 4],
                same ? "yes" : "NO");
    }

    private static int warmups() {
        return Integer.getInteger("warmups", WARMUPS);
    }

    private static Page open(TestBrowser chromium, HarnessSite site, int workers) {
        Page page = chromium.browser().newContext().newPage();
        page.navigate(site.url("index.html") + "?reglab-workers=" + workers);
        page.evaluate("() => reglab.ready");
        page.evaluate("() => document.querySelectorAll('button[data-action=play]')"
                + ".forEach(b => { if (b.getAttribute('aria-pressed') === 'true') b.click(); })");
        return page;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> train(Page page, String spec) {
        return (Map<String, Object>) page.evaluate("s => {"
                + " const count = () => reglab.workerStats().parts.reduce((a, b) => a + b, 0);"
                + " const p0 = count(); const t0 = performance.now();"
                + " return reglab.train(s).then(r => ({ms: performance.now() - t0, parts: count() - p0,"
                + " json: JSON.stringify(r)})); }", spec);
    }

    /** The workers' compute time so far, all parts together. */
    private static double workerMs(Page page) {
        return ((Number) page.evaluate("() => reglab.workerStats().partMs.reduce((a, b) => a + b, 0)"))
                .doubleValue();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
