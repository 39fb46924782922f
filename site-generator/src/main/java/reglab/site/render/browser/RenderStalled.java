package reglab.site.render.browser;

import java.util.List;
import reglab.site.SiteException;

/**
 * A render page that took a chunk of items and gave nothing back for longer than the pool allows
 * ({@link RenderPool}): a diagram Mermaid cannot finish laying out, or a page whose renderer stopped.
 * It names the chunk's items by key; {@link BrowserRenderer} turns them into source locations.
 */
final class RenderStalled extends SiteException {

    private final List<String> keys;
    private final long seconds;

    RenderStalled(List<String> keys, long seconds) {
        super("a render page gave no result for " + seconds + " s while rendering " + keys.size() + " item(s)");
        this.keys = List.copyOf(keys);
        this.seconds = seconds;
    }

    /** The keys of the items the page held when it was given up. */
    List<String> keys() {
        return keys;
    }

    /** How long the page had held them. */
    long seconds() {
        return seconds;
    }
}
