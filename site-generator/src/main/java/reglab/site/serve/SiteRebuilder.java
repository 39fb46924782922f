package reglab.site.serve;

/**
 * What the dev server calls to (re)build the site into the folder it serves. The server makes
 * every call — the first build, each rebuild, and {@link #close} — on one dedicated thread, so an
 * implementation may keep a browser open across builds (Playwright objects must stay on the
 * thread that created them) and needs no locking.
 */
public interface SiteRebuilder extends AutoCloseable {

    /**
     * Builds the whole site. Must replace the served folder atomically, or leave it untouched when
     * it fails, so the server keeps serving the last good site.
     *
     * @return a short note for the server's timing line (e.g. {@code "render 120 ms"}), or empty
     * @throws reglab.site.SiteException for a problem in the content (its message names the file
     *                                   and line), which the server prints and shows in open pages
     */
    String build();

    /**
     * Readies the next rebuild while the server waits for a change, a step at a time: called after
     * the first build once the server is up, on the same thread, and again as long as it returns
     * true, each call queued behind any rebuild a change asked for meanwhile (so a change waits
     * for one step at most). Nothing by default.
     *
     * @return whether another step would help
     */
    default boolean warmUp() {
        return false;
    }

    /** Releases what the builds kept open (the browser). Called once, last. */
    @Override
    void close();
}
