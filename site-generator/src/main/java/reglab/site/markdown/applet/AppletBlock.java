package reglab.site.markdown.applet;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import reglab.applet.settings.Config;

/**
 * A live experiment placed in a page's syntax tree by {@link AppletOverlay} (the page's own text
 * has no fence for it). Holds a configuration already validated against the applet's registry.
 */
public final class AppletBlock extends Block {

    private final Config config;

    public AppletBlock(Config config) {
        this.config = config;
    }

    public Config config() {
        return config;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
