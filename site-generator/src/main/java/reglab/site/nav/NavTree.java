package reglab.site.nav;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import reglab.site.content.SiteConfig;

/**
 * The site's navigation: folders under the content folder are sections, nested as the folders
 * are. Within a section its {@code index.md} comes first, then the entries the site file's
 * {@code nav} lists for it, in that order, then the rest by weight, label and path. Previous/next
 * links and breadcrumbs follow the same order. Pages with {@code nav: false} are left out.
 */
public final class NavTree {

    private static final Comparator<NavItem> DEFAULT_ORDER = Comparator.comparingInt(NavTree::weight)
            .thenComparing(NavItem::label).thenComparing(NavTree::key);

    private final NavSection root;
    private final List<NavPage> readingOrder = new ArrayList<>();
    private final Map<String, List<NavSection>> trail = new HashMap<>();

    private NavTree(NavSection root) {
        this.root = root;
        walk(root, new ArrayList<>());
    }

    /**
     * @param pages  every page of the site (those with {@code nav: false} are left out here)
     * @param config the site file; its {@code nav} must have passed {@link SiteConfig#checkNav}
     */
    public static NavTree build(List<NavPage> pages, SiteConfig config) {
        Map<String, List<NavPage>> byFolder = new TreeMap<>();
        for (NavPage p : pages) {
            if (p.inNav()) {
                byFolder.computeIfAbsent(p.folder(), f -> new ArrayList<>()).add(p);
            }
        }
        Map<String, List<SiteConfig.NavEntry>> order = new HashMap<>();
        order.put("", config.nav());
        collect(config.nav(), order);
        return new NavTree(section("", byFolder, order));
    }

    private static void collect(List<SiteConfig.NavEntry> entries, Map<String, List<SiteConfig.NavEntry>> order) {
        for (SiteConfig.NavEntry e : entries) {
            if (e.isFolder() && !e.children().isEmpty()) {
                order.put(e.path(), e.children());
                collect(e.children(), order);
            }
        }
    }

    private static NavSection section(String folder, Map<String, List<NavPage>> byFolder, Map<String, List<SiteConfig.NavEntry>> order) {
        NavPage index = null;
        Map<String, NavItem> items = new LinkedHashMap<>();
        for (NavPage p : byFolder.getOrDefault(folder, List.of())) {
            if (p.isIndex() && !folder.isEmpty()) {
                index = p;
            } else {
                items.put(p.path(), p);
            }
        }
        for (String deeper : byFolder.keySet()) {
            // Each folder below becomes a section here, under its first name after this folder, so a
            // folder that holds only folders is a section too.
            if (deeper.startsWith(folder) && !deeper.equals(folder)) {
                String child = deeper.substring(0, deeper.indexOf('/', folder.length()) + 1);
                items.computeIfAbsent(child, c -> section(c, byFolder, order));
            }
        }
        List<NavItem> children = new ArrayList<>();
        for (SiteConfig.NavEntry e : order.getOrDefault(folder, List.of())) {
            NavItem listed = items.remove(e.path());
            if (listed != null) {
                children.add(listed);
            }
        }
        items.values().stream().sorted(DEFAULT_ORDER).forEach(children::add);
        String label = index != null ? index.label() : folder.isEmpty() ? "" : NavSection.labelOf(folder);
        return new NavSection(folder, label, index, children, index != null ? index.weight() : 0);
    }

    private static int weight(NavItem item) {
        return item instanceof NavPage p ? p.weight() : ((NavSection) item).weight();
    }

    private static String key(NavItem item) {
        return item instanceof NavPage p ? p.path() : ((NavSection) item).folder();
    }

    private void walk(NavSection section, List<NavSection> above) {
        List<NavSection> here = new ArrayList<>(above);
        if (!section.folder().isEmpty()) {
            here.add(section);
        }
        if (section.index() != null) {
            readingOrder.add(section.index());
            trail.put(section.index().outputPath(), List.copyOf(here));
        }
        for (NavItem item : section.children()) {
            if (item instanceof NavPage p) {
                readingOrder.add(p);
                trail.put(p.outputPath(), List.copyOf(here));
            } else {
                walk((NavSection) item, here);
            }
        }
    }

    /** The top level: its children are the top-level pages and sections. */
    public NavSection root() {
        return root;
    }

    /** Every page in the navigation, in reading order (depth first, each section's index first). */
    public List<NavPage> readingOrder() {
        return List.copyOf(readingOrder);
    }

    /** The sections that hold the page, from the top down (empty for a top-level page or one not in the navigation). */
    public List<NavSection> sectionsOf(String outputPath) {
        return trail.getOrDefault(outputPath, List.of());
    }

    /** The page before {@code outputPath} in reading order, or null (the first page, or one not in the navigation). */
    public NavPage previous(String outputPath) {
        int i = indexOf(outputPath);
        return i > 0 ? readingOrder.get(i - 1) : null;
    }

    /** The page after {@code outputPath} in reading order, or null (the last page, or one not in the navigation). */
    public NavPage next(String outputPath) {
        int i = indexOf(outputPath);
        return i >= 0 && i + 1 < readingOrder.size() ? readingOrder.get(i + 1) : null;
    }

    private int indexOf(String outputPath) {
        for (int i = 0; i < readingOrder.size(); i++) {
            if (readingOrder.get(i).outputPath().equals(outputPath)) {
                return i;
            }
        }
        return -1;
    }
}
