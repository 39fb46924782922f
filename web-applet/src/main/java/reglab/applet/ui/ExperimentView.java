package reglab.applet.ui;

import java.util.List;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;
import reglab.applet.run.Run;
import reglab.applet.run.RunHandles;
import reglab.applet.settings.Config;
import reglab.applet.settings.Num;
import reglab.applet.settings.UrlState;

/**
 * What every experiment shows: a toolbar (play/pause, step, reset, new data), a live status line,
 * the controls built from the experiment's settings, an area for pictures and a line of numbers
 * beside them. Keeps the configuration in the page URL under the experiment's id. Subclasses create the
 * run and draw it.
 *
 * <p>A view starts training when it first comes into view, not when the page loads: a page of
 * several experiments then trains only those its reader reaches, and each gets the page's frames
 * (and the worker pool) to itself when it does. Until then its untrained run is drawn, paused,
 * and its Play button starts it at once.
 *
 * <p>The mount element carries machine-readable state for tests and scripts:
 * {@code data-reglab-state} (waiting (to come into view), training, paused, finished,
 * stopped-early, diverged) and {@code data-reglab-epoch}.
 */
public abstract class ExperimentView implements Animator.Target {

    /** The browser's long-task threshold (Long Tasks API): a task over 50 ms delays input. */
    private static final double LONG_TASK_MS = 50;

    protected final HTMLElement root;
    protected final String id;
    protected final Config start;
    protected final HTMLElement pictures;
    /** The line of numbers; views set it through {@link #showNumbers}. */
    private final SteadyText numbers;
    protected Config config;
    protected Run run;
    /** The run's handle in {@link RunHandles}, or −1. */
    private int handle = -1;
    protected Palette palette;
    private final SteadyText status;
    private final HTMLButtonElement playButton;
    private final SteadyText playLabel;
    private final Animator animator = new Animator(this);
    private final Controls controls;
    private int frames;
    private int slowFrames;
    /** Whether the view has not been played or paused since it was mounted (it waits to be seen). */
    private boolean waitingToBeSeen;

    /**
     * @param root  the mount element (its children are replaced)
     * @param id    the experiment's id on the page, the prefix of its URL parameters
     * @param start the configuration the page asked for
     * @param url   the configuration after applying the URL's parameters
     * @param shown settings to show as controls, or null for all
     */
    protected ExperimentView(HTMLElement root, String id, Config start, Config url,
            List<String> shown) {
        this.root = root;
        this.id = id;
        this.start = start;
        this.config = url;
        HTMLElement status0 = root.querySelector(".reglab-applet-status");
        if (status0 != null) {
            status0.delete();
        }
        HTMLElement box = Dom.el(root, "div", "reglab-experiment");
        HTMLElement toolbar = Dom.el(box, "div", "reglab-toolbar");
        toolbar.setAttribute("role", "group");
        toolbar.setAttribute("aria-label", "Training");
        playButton = button(toolbar, "", "play");
        playLabel = new SteadyText(playButton, "span", "reglab-play-label", "Pause");
        playButton.addEventListener("click", e -> togglePlay());
        button(toolbar, "Step", "step").addEventListener("click", e -> {
            pause();
            animator.step();
            showPlaying();
        });
        button(toolbar, "Reset", "reset").addEventListener("click", e -> restart(true));
        if (hasNewData()) {
            button(toolbar, "New data", "new-data").addEventListener("click", e -> {
                Config next = config.with("seed", Integer.toString((config.integer("seed") + 1) % 1_000_000));
                controls().show(next);
                settingsChanged(next, "seed");
            });
        }
        status = new SteadyText(toolbar, "p", "reglab-status", SteadyText.characters(statusLength()));
        status.element().setAttribute("role", "status");
        status.element().setAttribute("aria-live", "polite");
        HTMLElement body = Dom.el(box, "div", "reglab-body");
        controls = new Controls(body, config, shown, this::settingsChanged);
        pictures = Dom.el(body, "div", "reglab-pictures");
        numbers = new SteadyText(box, "p", "reglab-numbers", SteadyText.characters(numbersLength()));
        numbers.element().setAttribute("aria-live", "off");
        numbers.element().setId(Dom.uniqueId(id + "-numbers"));
        palette = new Palette(root);
    }

    private static HTMLButtonElement button(HTMLElement parent, String text, String action) {
        HTMLButtonElement b = (HTMLButtonElement) Dom.text(parent, "button", null, text);
        b.setType("button");
        b.setAttribute("data-action", action);
        return b;
    }

    /**
     * How many characters the line of numbers holds once the run has trained, at the experiment's
     * default settings and a little over: the line keeps the height of that much text from the
     * start ({@link SteadyText}), so the page below does not move when training fills the line in
     * (the experiment starts when its reader scrolls to it, so that would happen before their eyes).
     */
    protected abstract int numbersLength();

    /**
     * How many characters the status line holds at most at the default settings (its longest
     * sentence is usually the one that says how the run finished), kept from the start as
     * {@link #numbersLength()} is. Views whose sentences are longer say so.
     */
    protected int statusLength() {
        return 45;
    }

    /** Shows {@code text} as the line of numbers. */
    protected final void showNumbers(String text) {
        numbers.show(text);
    }

    /** Whether the experiment draws random data a "New data" button can redraw. */
    protected boolean hasNewData() {
        return true;
    }

    protected Controls controls() {
        return controls;
    }

    /**
     * Makes a new run for {@code config}; the view has not drawn it yet. It must be the run the
     * catalogue makes from the same settings: a worker rebuilds it from them to train its parts.
     */
    protected abstract Run createRun(Config config);

    /** Draws the pictures and numbers of the current run. */
    @Override
    public abstract void draw();

    /**
     * Called once after construction by the mount: makes and draws the first run, and plays it
     * once the view is on screen (at once if it is now). Making the run here, at load, leaves only
     * training and drawing for the moment the reader scrolls to it.
     *
     * @param notice a sentence for the status line in place of the first one (what was wrong with
     *               the address's settings), or empty
     */
    public void start(String notice) {
        describePictures();
        restart(false);
        if (run == null) {
            return; // the settings were refused; the status says why
        }
        setStatus(notice.isEmpty() ? "Starts training when scrolled into view" : notice, "waiting");
        waitingToBeSeen = true;
        Dom.whenVisible(root, () -> {
            if (waitingToBeSeen) {
                root.setAttribute("data-reglab-seen", Num.fixed(Performance.now(), 1));
                resume();
                if (!notice.isEmpty()) {
                    setStatus(notice, "training");
                }
            }
        });
    }

    /**
     * Each canvas's label says what it plots; the line of numbers says what the pictures show now
     * (epoch, losses, zeros), so it is every canvas's description for screen readers.
     */
    private void describePictures() {
        NodeList<? extends HTMLElement> canvases = pictures.querySelectorAll("canvas");
        for (int i = 0; i < canvases.getLength(); i++) {
            canvases.item(i).setAttribute("aria-describedby", numbers.element().getId());
        }
    }

    @Override
    public Run run() {
        return run;
    }

    protected void settingsChanged(Config updated, String setting) {
        config = updated;
        Dom.replaceQuery(UrlState.write(Dom.locationSearch(), id, start, config));
        if (run != null && drawsOnly(setting)) {
            draw();
            return;
        }
        restart(true);
    }

    /**
     * Whether {@code setting} only chooses what is drawn of a trained run (a chosen cell, trial
     * or size): changing it redraws and keeps the run; every other setting starts a new run.
     */
    protected boolean drawsOnly(String setting) {
        return false;
    }

    /**
     * Replaces the run with a fresh one for the current configuration. The run is opened as a
     * shared handle ({@link RunHandles}): if it is made of parts, the page's worker pool takes
     * parts while this view plays and trains the rest in its frames.
     */
    protected void restart(boolean play) {
        palette = new Palette(root);
        RunHandles.close(handle);
        handle = -1;
        try {
            run = createRun(config);
        } catch (IllegalArgumentException e) {
            run = null;
            setStatus("Cannot train with these settings: " + e.getMessage(), "error");
            draw();
            return;
        }
        handle = RunHandles.open(run, config, true);
        if (play) {
            play();
        } else {
            pause();
        }
        setStatus(play ? "Training…" : "Paused", play ? "training" : "paused");
        showPlaying();
        draw();
    }

    /**
     * Plays the run: its frames here, and its parts in workers from its next trained frame on (see
     * {@link #trainedFrame}).
     */
    private void play() {
        waitingToBeSeen = false;
        animator.play();
    }

    /** Pauses the run: no more frames, and no part of it starts in a worker. */
    private void pause() {
        waitingToBeSeen = false;
        RunHandles.hold(handle, true);
        animator.pause();
    }

    /** Continues (or starts) animating the current run without replacing it. */
    protected void resume() {
        play();
        setStatus("Training…", "training");
        showPlaying();
    }

    private void togglePlay() {
        if (animator.playing()) {
            pause();
            setStatus("Paused", "paused");
        } else {
            if (run == null || run.finished()) {
                restart(true);
                return;
            }
            play();
            setStatus("Training…", "training");
        }
        showPlaying();
    }

    /** Re-reads the colours (the reader may have switched light/dark since the last frame). */
    protected void refreshPalette() {
        palette = new Palette(root);
    }

    private void showPlaying() {
        playLabel.show(animator.playing() ? "Pause" : "Play");
        playButton.setAttribute("aria-pressed", animator.playing() ? "true" : "false");
    }

    /** Shows a status sentence and sets {@code data-reglab-state}. */
    public void setStatus(String text, String state) {
        status.show(text);
        root.setAttribute("data-reglab-state", state);
    }

    @Override
    public void failed(String message) {
        RunHandles.hold(handle, true);
        showPlaying();
        setStatus("Training stopped: " + message, "error");
    }

    /**
     * Records when the first frame that trained was drawn, as {@code data-reglab-first-frame}
     * (milliseconds since the page's navigation started, {@code performance.now()} at the end of
     * the first animation-frame task that trained this run and redrew its pictures; with
     * {@code data-reglab-seen}, when the view came into view and began to play, if it was not on
     * screen at load), for the benchmark; and counts trained
     * frames ({@code data-reglab-frames}) and those whose own work took longer than the 50 ms
     * long-task bound ({@code data-reglab-slow-frames}), so a test can tell training that blocks
     * the page from a browser the operating system merely descheduled once.
     */
    @Override
    public void trainedFrame(double workMs) {
        // The workers take parts only once a frame here has trained: that frame takes the first
        // ready part itself (transfer's pre-training, a first fold), so the reader sees training
        // from the first frame instead of waiting for a worker's whole part.
        RunHandles.hold(handle, false);
        if (!root.hasAttribute("data-reglab-first-frame")) {
            root.setAttribute("data-reglab-first-frame", Num.fixed(Performance.now(), 1));
        }
        frames++;
        root.setAttribute("data-reglab-frames", Integer.toString(frames));
        if (workMs > LONG_TASK_MS) {
            slowFrames++;
            root.setAttribute("data-reglab-slow-frames", Integer.toString(slowFrames));
        }
    }

    @Override
    public void finished() {
        showPlaying();
        describeFinish();
    }

    /** Sets the status line for a finished run (diverged, stopped early or done). */
    protected abstract void describeFinish();
}
