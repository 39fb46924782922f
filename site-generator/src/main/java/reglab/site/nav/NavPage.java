package reglab.site.nav;

/**
 * A page as the navigation sees it.
 *
 * @param path       the content path ({@code guide/setup.md})
 * @param outputPath the output path ({@code guide/setup.html})
 * @param label      what the navigation, breadcrumbs and previous/next links call it: front matter
 *                   {@code nav}, else its title
 * @param weight     its order among its siblings (smaller first)
 * @param inNav      false for {@code nav: false}: built, but not in the navigation
 */
public record NavPage(String path, String outputPath, String label, int weight, boolean inNav) implements NavItem {

    /** The content folder the page is in, ending in {@code /}, or {@code ""} at the top. */
    public String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    /** Whether this is its folder's {@code index.md}, the section's own page. */
    public boolean isIndex() {
        return path.equals(folder() + "index.md");
    }
}
