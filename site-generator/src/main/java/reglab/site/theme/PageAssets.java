package reglab.site.theme;

import java.util.Map;

/**
 * Extra files some pages need (scripts, styles, wasm), and the tags the theme adds to load them.
 * Registered in {@code SitePlugins.assets()} in the pipeline. The builder copies {@link #files()}
 * into the output once per build and adds the tags to each page for which {@link #neededBy} is
 * true; every path is root-relative and the tags get the page's prefix to the root, so they stay
 * relative (works from disk and under any sub-path).
 */
public interface PageAssets {

    /**
     * The files to add, by root-relative output path (e.g. {@code assets/applet/applet.js}).
     * Called once per build; must return the same bytes for the same inputs (builds are reproducible).
     */
    Map<String, byte[]> files();

    /**
     * @param outputPath  the page's root-relative output path, e.g. {@code index.html}
     * @param contentHtml the page's rendered content (the article, without the theme around it)
     * @return whether the page needs these assets
     */
    boolean neededBy(String outputPath, String contentHtml);

    /** Tags for the page's {@code <head>}; {@code rootPrefix} leads to the site root ({@code ""} or {@code ../}). */
    String headTags(String rootPrefix);

    /** Tags placed just before {@code </body>}. */
    String bodyEndTags(String rootPrefix);
}
