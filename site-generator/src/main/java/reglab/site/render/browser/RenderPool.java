package reglab.site.render.browser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import reglab.site.SiteException;

/**
 * The render pages of one browser, and the batch they share: items go out in chunks to whichever
 * page asks first, so a page that drew a quick diagram takes the next while another still lays out
 * a large one. Each page is a renderer process of its own, so pages render in parallel on as many
 * cores as there are pages. A page costs its libraries' loading (about as much CPU as a few
 * diagrams), so a batch gets only as many pages as it has work for ({@link #pagesFor}), up to the
 * pool's limit; pages stay open for the next batch ({@code serve}).
 *
 * <p>Chunks: diagrams first, at most {@value #MAX_DIAGRAMS_PER_CHUNK} to a chunk and fewer when
 * pages share them (the slow items, spread early), then formulas and code blocks many to a chunk (a millisecond or two each, where a round trip to the page would cost
 * as much as the item); with one page the first of those ride in the last diagram chunk. Output does not depend on which page renders what: every diagram is drawn
 * from its own seeds (see render.mjs), and the other renderers keep no state between items.
 *
 * <p>Not thread-safe; every call on the thread that uses the browser.
 */
final class RenderPool implements RenderPage.Queue, AutoCloseable {

    /** How many diagrams' worth of work makes another page pay for its loading. */
    static final int DIAGRAMS_PER_PAGE = 12;
    /** Formulas or code blocks that cost about as much as one diagram. */
    static final int CHEAP_ITEMS_PER_DIAGRAM = 20;
    /** Formulas and code blocks per chunk. */
    static final int CHEAP_ITEMS_PER_CHUNK = 50;
    /** Most diagrams in one chunk; with several pages, fewer when that leaves a page under four chunks to balance with. */
    static final int MAX_DIAGRAMS_PER_CHUNK = 8;
    /** How long a new page may take to load its libraries before the build gives up. */
    private static final long LOAD_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(60);
    /**
     * How long a page may hold a chunk without handing it back before the batch gives up on it
     * ({@link RenderStalled}). A chunk of eight large diagrams takes a few seconds, the first with
     * the page's warm-up included; without a bound, a diagram whose layout never ends (or a page
     * whose renderer stops) would hold a build, or every later rebuild of {@code serve}, for ever.
     */
    static final long STALL_SECONDS = 120;

    private final HeadlessChromium chromium;
    private final int maxPages;
    private final boolean optimize;
    private final List<RenderPage> pages = new ArrayList<>();
    /** What each page handed over last per slot, for the deltas it sends (result-delta.mjs). */
    private final Map<RenderPage, ResultDelta> deltas = new IdentityHashMap<>();
    private Batch batch;
    private int batchIds;
    private long stallNanos = TimeUnit.SECONDS.toNanos(STALL_SECONDS);

    /**
     * @param maxPages the most pages a batch may use, at least 1
     * @param optimize false to keep diagrams as Mermaid drew them (see render.mjs)
     */
    RenderPool(HeadlessChromium chromium, int maxPages, boolean optimize) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("render pages must be at least 1, got " + maxPages);
        }
        this.chromium = chromium;
        this.maxPages = maxPages;
        this.optimize = optimize;
    }

    /** For tests: gives up on a page that holds a chunk longer than {@code seconds}. */
    void stallAfter(long seconds) {
        stallNanos = TimeUnit.SECONDS.toNanos(seconds);
    }

    /**
     * Opens the first page and waits for its libraries; the launch thread calls it before any batch.
     *
     * @param preloadDiagrams true when the first batch will likely hold diagrams: the page then
     *                        loads Mermaid at once instead of when the first diagram arrives
     */
    void openFirst(boolean preloadDiagrams) {
        if (pages.isEmpty()) {
            pages.add(new RenderPage(chromium, this, preloadDiagrams));
        }
        pages.get(0).awaitLibraries();
    }

    /** How many pages a batch of {@code items} gets: one per {@value #DIAGRAMS_PER_PAGE} diagrams' worth, within the limit. */
    int pagesFor(List<Map<String, Object>> items) {
        int diagrams = 0;
        int cheap = 0;
        for (Map<String, Object> item : items) {
            if (isDiagram(item)) {
                diagrams++;
            } else {
                cheap++;
            }
        }
        double work = diagrams + (double) cheap / CHEAP_ITEMS_PER_DIAGRAM;
        return (int) Math.max(1, Math.min(maxPages, Math.ceil(work / DIAGRAMS_PER_PAGE)));
    }

    /**
     * Renders {@code items} (render.mjs's item shape) in {@code workers} pages, opening pages as
     * needed, and gives each result to {@code onResult} as it arrives, on this thread.
     *
     * @throws SiteException  when a page could not load its libraries, crashed, or its render
     *                        function threw
     * @throws RenderStalled when a page held a chunk longer than {@link #STALL_SECONDS}; that page
     *                        is closed (it may still be busy), and the next batch opens a new one
     */
    void render(List<Map<String, Object>> items, int workers, Consumer<Map<String, Object>> onResult) {
        boolean hasDiagrams = items.stream().anyMatch(RenderPool::isDiagram);
        while (pages.size() < workers) {
            pages.add(new RenderPage(chromium, this, hasDiagrams));
        }
        List<RenderPage> using = List.copyOf(pages.subList(0, workers));
        Batch b = new Batch(++batchIds, chunks(items, workers), using, onResult, stallNanos);
        batch = b;
        try {
            for (RenderPage page : using) {
                page.runQueue(b.id, optimize);
            }
            using.get(0).waitUntil(b::finished);
        } finally {
            batch = null;
        }
        if (b.failure instanceof RenderStalled) {
            for (RenderPage stuck : b.stalled) {
                pages.remove(stuck);
                deltas.remove(stuck);
                stuck.close();
            }
        }
        if (b.failure != null) {
            throw b.failure;
        }
    }

    /** Diagrams first, a few to a chunk; then the other items, many to a chunk; order kept within each. */
    static Deque<List<Map<String, Object>>> chunks(List<Map<String, Object>> items, int workers) {
        List<Map<String, Object>> diagrams = new ArrayList<>();
        List<Map<String, Object>> cheap = new ArrayList<>();
        for (Map<String, Object> item : items) {
            (isDiagram(item) ? diagrams : cheap).add(item);
        }
        // One page balances with nobody: the largest chunks, so each diagram's optimization (a
        // worker in the page, see render.mjs) overlaps the drawing of the next.
        int perChunk = workers == 1 ? MAX_DIAGRAMS_PER_CHUNK
                : Math.max(1, Math.min(MAX_DIAGRAMS_PER_CHUNK, diagrams.size() / (workers * 4)));
        Deque<List<Map<String, Object>>> chunks = new ArrayDeque<>();
        for (int i = 0; i < diagrams.size(); i += perChunk) {
            chunks.add(List.copyOf(diagrams.subList(i, Math.min(diagrams.size(), i + perChunk))));
        }
        int first = 0;
        if (workers == 1 && !chunks.isEmpty() && !cheap.isEmpty()) {
            // One page: the first cheap items ride with the last diagrams, so the page renders them
            // while those diagrams' optimization runs in its worker, and the batch saves a round
            // trip (serve's one changed diagram and the search index: about 20 ms).
            first = Math.min(cheap.size(), CHEAP_ITEMS_PER_CHUNK);
            List<Map<String, Object>> last = new ArrayList<>(chunks.removeLast());
            last.addAll(cheap.subList(0, first));
            chunks.add(List.copyOf(last));
        }
        for (int i = first; i < cheap.size(); i += CHEAP_ITEMS_PER_CHUNK) {
            chunks.add(List.copyOf(cheap.subList(i, Math.min(cheap.size(), i + CHEAP_ITEMS_PER_CHUNK))));
        }
        return chunks;
    }

    private static boolean isDiagram(Map<String, Object> item) {
        return "MERMAID".equals(item.get("kind"));
    }

    @Override
    public List<Map<String, Object>> next(RenderPage page, int id) {
        Batch b = batch;
        if (b == null || b.id != id || b.failure != null || b.chunks.isEmpty()) {
            return null;
        }
        List<Map<String, Object>> chunk = b.chunks.poll();
        b.inFlight.put(page, chunk);
        b.since.put(page, System.nanoTime());
        return chunk;
    }

    @Override
    public List<String> done(RenderPage page, int id, List<Map<String, Object>> results) {
        Batch b = batch;
        if (b == null || b.id != id) {
            return List.of();
        }
        ResultDelta handedOver = deltas.computeIfAbsent(page, p -> new ResultDelta());
        List<String> resend = new ArrayList<>();
        for (Map<String, Object> result : results) {
            Map<String, Object> whole = handedOver.resolve(result);
            if (whole == null) {
                resend.add(String.valueOf(result.get("key")));
            } else {
                b.onResult.accept(whole);
            }
        }
        if (resend.isEmpty()) {
            b.inFlight.remove(page);
            b.since.remove(page);
        }
        return resend;
    }

    @Override
    public void failed(RenderPage page, int id, String message) {
        Batch b = batch;
        if (b != null && b.id == id && b.failure == null) {
            b.inFlight.remove(page);
            b.since.remove(page);
            String first = message.strip().contains("\n") ? message.strip().substring(0, message.strip().indexOf('\n'))
                    : message.strip();
            b.failure = new SiteException("the build-time browser failed while rendering: " + first);
        }
    }

    /** Every URL the pages requested so far. */
    List<String> requestedUrls() {
        return pages.stream().flatMap(p -> p.requestedUrls().stream()).toList();
    }

    /** Requests the pages tried outside their private origin; they were aborted. */
    List<String> blockedUrls() {
        return pages.stream().flatMap(p -> p.blockedUrls().stream()).toList();
    }

    /** How many pages are open. */
    int pageCount() {
        return pages.size();
    }

    /** The first page, for tests that probe it. */
    RenderPage first() {
        return pages.get(0);
    }

    @Override
    public void close() {
        for (RenderPage page : pages) {
            page.close();
        }
        pages.clear();
        deltas.clear();
    }

    /** One {@link #render} call: its chunks, what the pages hold, and how it ended. */
    private static final class Batch {
        final int id;
        final Deque<List<Map<String, Object>>> chunks;
        final List<RenderPage> pages;
        final Consumer<Map<String, Object>> onResult;
        final Map<RenderPage, List<Map<String, Object>>> inFlight = new IdentityHashMap<>();
        /** When each page took the chunk it holds. */
        final Map<RenderPage, Long> since = new IdentityHashMap<>();
        final long start = System.nanoTime();
        final long stallNanos;
        /** The pages given up on, when {@link #failure} is a {@link RenderStalled}. */
        final List<RenderPage> stalled = new ArrayList<>();
        SiteException failure;

        Batch(int id, Deque<List<Map<String, Object>>> chunks, List<RenderPage> pages, Consumer<Map<String, Object>> onResult,
              long stallNanos) {
            this.id = id;
            this.chunks = chunks;
            this.pages = pages;
            this.onResult = onResult;
            this.stallNanos = stallNanos;
        }

        /** True once every chunk came back, or the batch cannot finish; then {@link #failure} says why. */
        boolean finished() {
            if (failure != null) {
                return true;
            }
            for (RenderPage page : pages) {
                if (page.crashed()) {
                    failure = new SiteException("the build-time browser's render page crashed (out of memory?) while "
                            + "rendering " + (inFlight.containsKey(page) ? inFlight.get(page).size() + " item(s)" : "")
                            + "; run the build again with fewer --render-pages");
                    return true;
                }
            }
            if (chunks.isEmpty() && inFlight.isEmpty()) {
                return true;
            }
            long now = System.nanoTime();
            List<String> stuck = new ArrayList<>();
            since.forEach((page, took) -> {
                if (now - took > stallNanos) {
                    stalled.add(page);
                    inFlight.get(page).forEach(item -> stuck.add(String.valueOf(item.get("key"))));
                }
            });
            if (!stuck.isEmpty()) {
                failure = new RenderStalled(stuck, TimeUnit.NANOSECONDS.toSeconds(stallNanos));
                return true;
            }
            boolean anyReady = pages.stream().anyMatch(RenderPage::ready);
            if (!anyReady && (pages.stream().allMatch(p -> !p.pageErrors().isEmpty())
                    || System.nanoTime() - start > LOAD_TIMEOUT_NANOS)) {
                failure = pages.get(0).loadFailure();
                return true;
            }
            return false;
        }
    }
}
