package reglab.applet.page;

import reglab.applet.catalogue.SpecText;
import reglab.applet.settings.Config;
import reglab.applet.settings.Schema;

/**
 * The HTML a page carries for one experiment: a mount element holding the validated spec, a
 * status line readers see until the module has loaded, and a text alternative for readers
 * without JavaScript. The applet replaces the status line when it mounts.
 */
public final class AppletMarkup {

    private AppletMarkup() {
    }

    /** The mount element for {@code config}. */
    public static String mount(Config config) {
        Schema e = config.schema();
        return "<figure class=\"" + AppletAssets.MOUNT_CLASS + "\" "
                + AppletAssets.SPEC_ATTRIBUTE + "=\"" + escape(SpecText.toQuery(config)) + "\""
                + " aria-label=\"" + escape("Live experiment: " + e.title()) + "\">"
                + "<figcaption>" + escape(e.title()) + "</figcaption>"
                + "<p class=\"reglab-applet-status\" role=\"status\">Loading the live experiment…</p>"
                + "<noscript><p>This live experiment needs JavaScript.</p></noscript>"
                + "</figure>\n";
    }

    /**
     * The tags to put once in a page's head, given the relative path to the applet's folder. The
     * loader is {@code async}: it starts fetching the module while the page is still parsing and
     * waits for the DOM itself before mounting.
     */
    public static String headTags(String assetDir) {
        String dir = assetDir.endsWith("/") ? assetDir : assetDir + "/";
        return "<link rel=\"stylesheet\" href=\"" + escape(dir + AppletAssets.STYLESHEET) + "\">\n"
                + "<script async src=\"" + escape(dir + AppletAssets.LOADER) + "\"></script>\n";
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': sb.append("&amp;"); break;
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '"': sb.append("&quot;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }
}
