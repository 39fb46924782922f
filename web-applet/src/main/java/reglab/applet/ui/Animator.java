package reglab.applet.ui;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import reglab.applet.run.Run;
import reglab.applet.run.Slicer;

/**
 * Drives a {@link Run} from animation frames. All experiments on a page share one frame loop (all
 * animation-frame callbacks of a frame run in one task, so separate loops would add up past the
 * 50 ms long-task bound); each frame serves one playing experiment in turn, which trains for
 * {@link Slicer#FRAME_BUDGET_MS} and redraws once, so a frame's task is one slice plus one drawing
 * however many experiments the page holds.
 */
public final class Animator {

    /** What the animator calls back into. */
    public interface Target {
        /** The run to advance, or null if there is none. */
        Run run();

        /** Redraws everything from the run's current state. */
        void draw();

        /** Called once when the run reports it has finished. */
        void finished();

        /** Called when training threw: the run is stopped and the reader told why. */
        void failed(String message);

        /**
         * Called after each frame that trained and drew, with the milliseconds that frame's slice
         * and drawing took (for the first-trained-frame figure and the per-frame work record).
         */
        default void trainedFrame(double workMs) {
        }
    }

    private static final List<Animator> PLAYING = new ArrayList<>();
    private static boolean scheduled;
    /** Index of the experiment the last frame served; the first frame serves the first one. */
    private static int turn = -1;

    private final Target target;

    public Animator(Target target) {
        this.target = target;
    }

    public boolean playing() {
        return PLAYING.contains(this);
    }

    public void play() {
        if (!PLAYING.contains(this)) {
            PLAYING.add(this);
        }
        schedule();
    }

    public void pause() {
        PLAYING.remove(this);
    }

    /** Advances by one unit (a mini-batch or a slice of an evaluation) and redraws. */
    public void step() {
        Run run = target.run();
        try {
            if (run != null && !run.advance()) {
                pause();
                target.finished();
            }
            target.draw();
        } catch (RuntimeException e) {
            pause();
            target.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static void schedule() {
        if (!scheduled && !PLAYING.isEmpty()) {
            scheduled = true;
            Window.requestAnimationFrame(t -> frame());
        }
    }

    private static void frame() {
        scheduled = false;
        if (PLAYING.isEmpty()) {
            return;
        }
        turn = (turn + 1) % PLAYING.size();
        Animator a = PLAYING.get(turn);
        Run run = a.target.run();
        boolean done;
        double start = Performance.now();
        try {
            done = run == null || Slicer.slice(run, Performance::now, Slicer.FRAME_BUDGET_MS);
            a.target.draw();
        } catch (RuntimeException e) {
            // One experiment's failure must not stop the shared loop the others run on.
            a.pause();
            a.target.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            schedule();
            return;
        }
        a.target.trainedFrame(Performance.now() - start);
        if (done) {
            a.pause();
            a.target.finished();
        }
        schedule();
    }
}
