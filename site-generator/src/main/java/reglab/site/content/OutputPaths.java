package reglab.site.content;

/**
 * Where a content file goes in the output. Pages become {@code name.html} rather than
 * {@code name/index.html}: a browser opening a folder from disk shows a listing, not its index.
 */
public final class OutputPaths {

    private OutputPaths() {
    }

    /** {@code a/b.md} becomes {@code a/b.html}; other files keep their path. */
    public static String forSource(String contentPath) {
        if (contentPath.endsWith(".md")) {
            return contentPath.substring(0, contentPath.length() - 3) + ".html";
        }
        return contentPath;
    }
}
