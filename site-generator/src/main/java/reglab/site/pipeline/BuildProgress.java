package reglab.site.pipeline;

import java.io.PrintStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * What a build tells the user while it runs: one line per stage with what the stage handled and
 * how long it took ({@code reglab: parse     4 pages: 7 diagrams, 16 formulas, 1 code block (0.4 s)}),
 * notes such as a replaced remote image, and, on a terminal only, a live line while the browser
 * renders, rewritten in place with a carriage return. Without a terminal the live line is never
 * written, so logs, pipes and tests read the stage lines alone. Each stage's time is also kept
 * for {@code serve}'s one-line summary of a rebuild ({@link #stageMillis()}).
 *
 * <p>Thread-safe: the render stage's listener may report from the thread that drives the browser.
 */
public final class BuildProgress {

    /** The live line is rewritten at most this often: often enough to look alive, rarely enough to cost nothing. */
    private static final long LIVE_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final int STAGE_WIDTH = 9;

    private final PrintStream out;
    private final boolean live;
    private final LongSupplier clock;
    private final Map<String, Long> stageMillis = new LinkedHashMap<>();
    private int liveWidth;
    private long lastLive;

    private BuildProgress(PrintStream out, boolean live, LongSupplier clock) {
        this.out = out;
        this.live = live;
        this.clock = clock;
    }

    /** Stage lines and notes, no live line: for logs, pipes and tests. */
    public static BuildProgress lines(PrintStream out) {
        return new BuildProgress(out, false, System::nanoTime);
    }

    /** Stage lines, notes and the live render line: for a terminal. */
    public static BuildProgress live(PrintStream out) {
        return new BuildProgress(out, true, System::nanoTime);
    }

    /** {@link #lines} or {@link #live} with a clock the caller moves, so a test decides what time it is. */
    static BuildProgress withClock(PrintStream out, boolean live, LongSupplier clock) {
        return new BuildProgress(out, live, clock);
    }

    /**
     * {@link #live} when {@code out} is the standard output and the JVM has a console (standard
     * input and output are a terminal), else {@link #lines}. (JDK 22 and newer give a console
     * even when redirected unless started with {@code -Djdk.console=java.base}, which the
     * {@code reglab} launcher passes.)
     */
    public static BuildProgress forConsole(PrintStream out) {
        return out == System.out && System.console() != null ? live(out) : lines(out);
    }

    /** Prints nothing; still keeps the stage times. */
    public static BuildProgress silent() {
        return lines(new PrintStream(PrintStream.nullOutputStream()));
    }

    /** Now, on this progress's clock, to pass to {@link #stage} when the stage ends. */
    long now() {
        return clock.getAsLong();
    }

    /**
     * The line of a finished stage.
     *
     * @param name    the stage ({@code load}, {@code parse}, ...)
     * @param summary what it handled
     * @param start   {@link #now()} when it began
     */
    synchronized void stage(String name, String summary, long start) {
        long nanos = clock.getAsLong() - start;
        stageMillis.merge(name, TimeUnit.NANOSECONDS.toMillis(nanos), Long::sum);
        print(String.format(Locale.ROOT, "reglab: %-" + STAGE_WIDTH + "s%s (%s)", name, summary, duration(nanos)));
    }

    /** A line of its own, e.g. {@code replaced remote image ...}; prefixed with {@code reglab: }. */
    public synchronized void note(String text) {
        print("reglab: " + text);
    }

    /**
     * Shows {@code text} as the live line of the running stage, if this progress is live and the
     * last live line is older than a tenth of a second (or {@code force}).
     */
    synchronized void live(String name, String text, boolean force) {
        if (!live) {
            return;
        }
        long now = clock.getAsLong();
        if (!force && liveWidth > 0 && now - lastLive < LIVE_INTERVAL_NANOS) {
            return;
        }
        lastLive = now;
        String line = String.format(Locale.ROOT, "reglab: %-" + STAGE_WIDTH + "s%s", name, text);
        // Spaces over the rest of a longer previous line: no terminal escape codes needed.
        out.print("\r" + line + " ".repeat(Math.max(0, liveWidth - line.length())));
        out.flush();
        liveWidth = line.length();
    }

    /** Milliseconds spent in each stage of the builds that reported here, in stage order. */
    public synchronized Map<String, Long> stageMillis() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis));
    }

    /** Stage times as {@code parse 12 ms, render 140 ms, ...}, in the order the stages ran. */
    public synchronized String stageSummary() {
        StringBuilder sb = new StringBuilder();
        stageMillis.forEach((stage, ms) -> sb.append(sb.length() == 0 ? "" : ", ").append(stage).append(' ').append(ms)
                .append(" ms"));
        return sb.toString();
    }

    private void print(String line) {
        if (liveWidth > 0) {
            out.print("\r" + " ".repeat(liveWidth) + "\r");
            liveWidth = 0;
        }
        out.println(line);
    }

    static String duration(long nanos) {
        long ms = TimeUnit.NANOSECONDS.toMillis(nanos);
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /** {@code 1 page}, {@code 2 pages}. */
    static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }
}
