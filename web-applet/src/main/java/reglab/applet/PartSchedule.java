package reglab.applet;

import java.util.Arrays;
import reglab.applet.catalogue.Catalogue;
import reglab.applet.catalogue.SpecText;
import reglab.applet.run.PartedRun;
import reglab.applet.run.Run;
import reglab.core.math.ShortestDecimal;

/**
 * Both ends of running a {@link PartedRun}'s parts elsewhere, for the page's worker pool (the
 * loader, {@code reglab-applet.js}), which knows no experiment: the page claims a ready part and
 * sends the run's settings (its spec in query form), the part's index and its input; a worker
 * holding the same module rebuilds the same run from the settings through the {@link Catalogue},
 * runs only that part ({@link PartedRun#runPart}) and sends back its numbers; the page delivers
 * them. Because a part is a pure function of the settings, its index and its input, where it ran
 * cannot change the run's result.
 *
 * <p>A part's message is its result followed by one number, the training examples it processed:
 * {@code [result..., samples]}.
 */
final class PartSchedule {

    /**
     * In a worker, the last run rebuilt and its settings: the next part of the same run needs no
     * new one (a part is made from the settings, its index and its input alone, so reusing the
     * run changes nothing but the time to make it).
     */
    private static String lastQuery;
    private static Run lastRun;

    private PartSchedule() {
    }

    /** How many parts {@code run} has, or 0 if it is not made of parts (nothing to hand out). */
    static int parts(Run run) {
        return run instanceof PartedRun ? ((PartedRun) run).parts() : 0;
    }

    /** Claims the next ready part of {@code run} for a worker; its index, or −1 (none ready now). */
    static int claim(Run run) {
        if (!(run instanceof PartedRun)) {
            return -1;
        }
        PartedRun parted = (PartedRun) run;
        int index = parted.nextReady();
        if (index >= 0) {
            parted.claim(index);
        }
        return index;
    }

    /** The input of a claimed part. */
    static double[] input(Run run, int index) {
        return ((PartedRun) run).input(checked(run, index));
    }

    /** Hands a worker's message for part {@code index} to the run. */
    static void deliver(Run run, int index, double[] message) {
        if (message.length < 1) {
            throw new IllegalArgumentException("part " + index + ": an empty message (no sample count)");
        }
        double samples = message[message.length - 1];
        if (!(samples >= 0 && samples == Math.floor(samples))) {
            throw new IllegalArgumentException("part " + index + ": sample count " + ShortestDecimal.text(samples)
                    + " is not a count");
        }
        ((PartedRun) run).deliver(checked(run, index), Arrays.copyOf(message, message.length - 1),
                (long) samples);
    }

    /** Gives part {@code index} back (its worker failed): it runs again here or in another worker. */
    static void fail(Run run, int index) {
        ((PartedRun) run).release(checked(run, index));
    }

    /**
     * The worker's side: rebuilds the run of {@code query} (a spec in query form), runs its part
     * {@code index} from {@code input} to the end and returns the part's message.
     *
     * @throws IllegalArgumentException for a spec whose run has no part {@code index}
     */
    static double[] runPart(String query, int index, double[] input) {
        if (!query.equals(lastQuery)) {
            lastRun = null;
            lastRun = Catalogue.run(SpecText.parseQuery(query));
            lastQuery = query;
        }
        Run run = lastRun;
        checked(run, index);
        PartedRun.Part part = ((PartedRun) run).newPart(index, input);
        double[] result = PartedRun.runPart(part);
        double[] message = Arrays.copyOf(result, result.length + 1);
        message[result.length] = part.samples();
        return message;
    }

    private static int checked(Run run, int index) {
        int parts = parts(run);
        if (index < 0 || index >= parts) {
            throw new IllegalArgumentException(parts == 0 ? "this run is not made of parts"
                    : "no part " + index + "; the run has parts 0 to " + (parts - 1));
        }
        return index;
    }
}
