package reglab.applet.run;

import java.util.function.IntConsumer;
import reglab.applet.settings.Config;

/**
 * The page's open runs by number ("handle"), so JavaScript can name them: the console API's runs
 * ({@code reglab.train}) and the experiments' views' runs. Each keeps the settings it was made
 * from, which a worker needs to rebuild it. A view's run made of parts is <em>shared</em>: the
 * worker pool is told (the listener given to {@link #watchShared}) when one opens and closes, and
 * takes its parts on its own while the view trains the rest in its frames.
 *
 * <p>Static because the page has one table, as it has one module instance; touched only from the
 * page's thread.
 */
public final class RunHandles {

    private static Run[] runs = new Run[4];
    private static Config[] configs = new Config[4];
    private static boolean[] shared = new boolean[4];
    private static boolean[] held = new boolean[4];
    private static IntConsumer opened;
    private static IntConsumer closed;

    private RunHandles() {
    }

    /**
     * Opens a handle for {@code run}, made from {@code config}; {@code share} offers its parts to
     * the worker pool (if it has parts and a pool listens). A shared run opens {@linkplain #hold
     * held}: its view lets it go once a frame of its own has trained, so the first part the reader
     * sees train is one the page's frames took, not one a worker must finish first.
     */
    public static int open(Run run, Config config, boolean share) {
        int handle = 0;
        while (handle < runs.length && runs[handle] != null) {
            handle++;
        }
        if (handle == runs.length) {
            runs = grow(runs, new Run[runs.length * 2]);
            configs = grow(configs, new Config[runs.length]);
            shared = grow(shared, runs.length);
            held = grow(held, runs.length);
        }
        runs[handle] = run;
        configs[handle] = config;
        shared[handle] = share && run instanceof PartedRun && opened != null;
        held[handle] = shared[handle];
        if (shared[handle]) {
            opened.accept(handle);
        }
        return handle;
    }

    private static boolean[] grow(boolean[] from, int length) {
        boolean[] to = new boolean[length];
        System.arraycopy(from, 0, to, 0, from.length);
        return to;
    }

    private static <T> T[] grow(T[] from, T[] to) {
        System.arraycopy(from, 0, to, 0, from.length);
        return to;
    }

    /** The run of {@code handle}, or null (never opened, or closed). */
    public static Run run(int handle) {
        return handle >= 0 && handle < runs.length ? runs[handle] : null;
    }

    /** The settings the run of {@code handle} was made from, or null. */
    public static Config config(int handle) {
        return run(handle) == null ? null : configs[handle];
    }

    /**
     * Holds a shared run (its view is paused: no part of it starts in a worker; parts already
     * running there still arrive) or lets it go on.
     */
    public static void hold(int handle, boolean hold) {
        if (run(handle) != null) {
            held[handle] = hold;
        }
    }

    /** Whether parts of {@code handle}'s run may start in workers now. */
    public static boolean held(int handle) {
        return run(handle) != null && held[handle];
    }

    /** Closes {@code handle} (the pool, if the run was shared, forgets it); nothing if not open. */
    public static void close(int handle) {
        if (run(handle) == null) {
            return;
        }
        boolean wasShared = shared[handle];
        runs[handle] = null;
        configs[handle] = null;
        shared[handle] = false;
        if (wasShared && closed != null) {
            closed.accept(handle);
        }
    }

    /** Tells {@code onOpen} and {@code onClose} of each shared run's handle from now on. */
    public static void watchShared(IntConsumer onOpen, IntConsumer onClose) {
        opened = onOpen;
        closed = onClose;
    }
}
