package reglab.applet.run;

import java.util.Arrays;

/**
 * A run made of independent parts (cross-validation folds, search trials, grid cells, compared
 * models), each a pure function of the run's settings, its index and an optional input the run
 * computes from parts already delivered. Parts can therefore run anywhere — in this run's own
 * slices on the page's thread, or in Web Workers holding the same module — and the run's result
 * does not depend on where they ran or in which order they finished: a part's result reaches the
 * run only through {@link #deliver}, as numbers, in both cases.
 *
 * <p>A scheduler (the page's worker pool) asks {@link #nextReady} for a part no one has claimed,
 * claims it, sends the settings, the index and {@link #input} to a worker, which makes the same
 * run from the same settings and calls {@link #newPart} and {@link #runPart}, and hands the
 * numbers back through {@link #deliver}. Without workers, {@link #advance} does the same in
 * bounded units on the calling thread.
 *
 * <p>On this thread a run trains one part at a time, or, if it asks to with
 * {@link #PartedRun(int, int)}, several side by side, one unit each in turn (so a page comparing
 * two models draws both curves growing together); either way each part's numbers are its own.
 *
 * <p>Subclasses implement {@link #newPart} (a run of one part, built from the settings, the index
 * and the input alone) and {@link #accept} (store a part's numbers where the view and the result
 * read them); parts whose input depends on earlier parts override {@link #ready} and
 * {@link #input}.
 */
public abstract class PartedRun implements Run {

    /** One part: a run whose finished state is a list of numbers. */
    public interface Part extends Run {

        /** The part's result, once {@link #finished()}: what {@link PartedRun#accept} takes. */
        double[] result();
    }

    private static final double[] NO_INPUT = new double[0];

    private final boolean[] claimed;
    private final boolean[] delivered;
    private int deliveredCount;
    private long deliveredSamples;
    /** The parts this thread is training, side by side, and their indices (−1: a free slot). */
    private final Part[] local;
    private final int[] localIndex;
    /** The slot whose part takes the next unit. */
    private int turn;

    protected PartedRun(int parts) {
        this(parts, 1);
    }

    /**
     * @param parts    how many parts the run has
     * @param together how many parts this thread trains side by side (at least 1)
     */
    protected PartedRun(int parts, int together) {
        if (together < 1) {
            throw new IllegalArgumentException("together must be at least 1, was " + together);
        }
        claimed = new boolean[parts];
        delivered = new boolean[parts];
        local = new Part[together];
        localIndex = new int[together];
        Arrays.fill(localIndex, -1);
    }

    /** A fresh run of part {@code index}; a pure function of the settings, {@code index} and {@code input}. */
    public abstract Part newPart(int index, double[] input);

    /** Stores part {@code index}'s result; called once per part, in the order parts finish. */
    protected abstract void accept(int index, double[] result);

    /**
     * Whether part {@code index} may start: by default every part may; a part that needs earlier
     * parts' results (a Bayesian search's next trial) waits until they are delivered.
     */
    protected boolean ready(int index) {
        return true;
    }

    /** The input of part {@code index}, computed from delivered parts once it is {@link #ready}; empty by default. */
    public double[] input(int index) {
        return NO_INPUT;
    }

    public final int parts() {
        return claimed.length;
    }

    /**
     * The first part that is ready and not claimed, or −1 (none now: all claimed, or the rest wait
     * for parts still running).
     */
    public final int nextReady() {
        for (int i = 0; i < claimed.length; i++) {
            if (!claimed[i] && ready(i)) {
                return i;
            }
        }
        return -1;
    }

    /** Marks part {@code index} as taken by a scheduler, so {@link #advance} leaves it alone. */
    public final void claim(int index) {
        claimed[index] = true;
    }

    /** Gives an unfinished part back (its worker failed), so it runs again here or elsewhere. */
    public final void release(int index) {
        if (!delivered[index]) {
            claimed[index] = false;
        }
    }

    /** Hands part {@code index}'s result to the run; {@code samples} counts the examples it processed. */
    public final void deliver(int index, double[] result, long samples) {
        if (delivered[index]) {
            return;
        }
        claimed[index] = true;
        delivered[index] = true;
        deliveredCount++;
        deliveredSamples += samples;
        accept(index, result);
    }

    public final boolean delivered(int index) {
        return delivered[index];
    }

    public final int deliveredCount() {
        return deliveredCount;
    }

    /** Runs {@code part} to its end (what a worker does with the part it was sent). */
    public static double[] runPart(Part part) {
        while (part.advance()) {
            // one unit at a time; a worker has no page to hand control back to
        }
        return part.result();
    }

    /**
     * One unit of a part this thread is running, claiming the next ready parts while slots are
     * free; false once every part is delivered. When every remaining part is claimed by a
     * scheduler or waits for one, there is nothing to do here and the run reports itself
     * unfinished.
     */
    @Override
    public boolean advance() {
        for (int slot = 0; slot < local.length; slot++) {
            if (local[slot] == null) {
                int next = nextReady();
                if (next < 0) {
                    break;
                }
                claim(next);
                local[slot] = newPart(next, input(next));
                localIndex[slot] = next;
            }
        }
        for (int k = 0; k < local.length; k++) {
            int slot = (turn + k) % local.length;
            if (local[slot] != null) {
                turn = (slot + 1) % local.length;
                Part part = local[slot];
                if (!part.advance()) {
                    int index = localIndex[slot];
                    local[slot] = null;
                    localIndex[slot] = -1;
                    deliver(index, part.result(), part.samples());
                }
                break;
            }
        }
        return !finished();
    }

    /**
     * Whether this run's own thread has a part in hand or one it could take; false means the
     * remaining work is all with a scheduler (the page need not slice this run).
     */
    public final boolean hasLocalWork() {
        for (Part p : local) {
            if (p != null) {
                return true;
            }
        }
        return nextReady() >= 0;
    }

    @Override
    public final boolean finished() {
        return deliveredCount == claimed.length;
    }

    @Override
    public long samples() {
        long n = deliveredSamples;
        for (Part p : local) {
            n += p == null ? 0 : p.samples();
        }
        return n;
    }

    /** The part this thread is running now, the first if several (for views), or null. */
    protected final Part localPart() {
        for (Part p : local) {
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** The index of {@link #localPart()}, or −1. */
    protected final int localIndex() {
        for (int slot = 0; slot < local.length; slot++) {
            if (local[slot] != null) {
                return localIndex[slot];
            }
        }
        return -1;
    }

    /** Part {@code index} while this thread runs it (for views drawing it live), or null. */
    protected final Part localPart(int index) {
        for (int slot = 0; slot < local.length; slot++) {
            if (localIndex[slot] == index) {
                return local[slot];
            }
        }
        return null;
    }
}
