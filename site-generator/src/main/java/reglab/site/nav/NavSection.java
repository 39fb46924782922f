package reglab.site.nav;

import java.util.List;
import java.util.Locale;

/**
 * A folder of the content as a section of the navigation: its own page ({@code index.md}), if it
 * has one, comes first, then its pages and sub-sections in navigation order.
 *
 * @param folder   the content folder, ending in {@code /} ({@code ""} for the top level)
 * @param label    the section's name: its index page's label, else the folder name with the first
 *                 letter capitalised and hyphens and underscores as spaces
 * @param index    the section's own page, or null
 * @param children the pages and sub-sections after the index page, in order
 * @param weight   the section's order among its siblings: its index page's weight, else 0
 */
public record NavSection(String folder, String label, NavPage index, List<NavItem> children, int weight) implements NavItem {

    public NavSection {
        children = List.copyOf(children);
    }

    /** The name a folder gives a section without an index page: {@code getting-started/} is "Getting started". */
    static String labelOf(String folder) {
        String name = folder.substring(0, folder.length() - 1);
        name = name.substring(name.lastIndexOf('/') + 1).replace('-', ' ').replace('_', ' ').strip();
        return name.isEmpty() ? folder : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /** Whether {@code page} is this section's index or somewhere below it. */
    public boolean contains(NavPage page) {
        return page.path().startsWith(folder);
    }
}
