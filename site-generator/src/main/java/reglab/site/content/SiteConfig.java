package reglab.site.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import reglab.site.SiteException;
import reglab.site.yaml.Position;
import reglab.site.yaml.Yaml;
import reglab.site.yaml.YamlNode;

/**
 * The optional site file, {@code content/site.yml} (YAML 1.2; not published):
 *
 * <pre>
 * title: Regularization in practice       # the site title (default: the home page's title)
 * base_url: https://example.org/reglab/   # the public URL, for sitemap.xml (--base-url overrides it)
 * repository: https://github.com/o/r      # a link to the source in the top bar
 * footer: © 2025 The authors              # a line of text in every page's footer
 * nav:                                    # navigation order; unlisted pages follow, by weight
 *   - index.md
 *   - guide/:                             # a folder is a section; its own order ...
 *       - install.md                      # ... with paths relative to the folder
 *       - advanced/                       # a sub-folder, in its default order
 *   - lab.md
 * </pre>
 *
 * An unknown key, a value of the wrong type or a {@code nav} entry of the wrong form stops the build
 * at its line and column; entries that name no page or folder are found by {@link #checkNav}.
 *
 * @param file       how messages name the file ({@code content/site.yml}), or null when there is none
 * @param title      the site title, or null
 * @param baseUrl    the public URL ending in {@code /}, or null
 * @param repository the repository's URL, or null
 * @param footer     the footer text, or null
 * @param nav        the navigation order, empty when not given
 */
public record SiteConfig(String file, String title, String baseUrl, String repository, String footer, List<NavEntry> nav) {

    /** The site file's name in the content folder. */
    public static final String FILE = "site.yml";

    /** The keys, in the order the README documents them. */
    public static final List<String> KEYS = List.of("title", "base_url", "repository", "footer", "nav");

    /** A site without a site file. */
    public static final SiteConfig NONE = new SiteConfig(null, null, null, null, null, List.of());

    public SiteConfig {
        nav = List.copyOf(nav);
    }

    /**
     * One entry of {@code nav}: a page ({@code lab.md}) or a folder ({@code guide/}), as a path from
     * the content folder, with the order of the folder's own entries when given.
     *
     * @param path     content-relative path; a folder's ends in {@code /}
     * @param children the folder's order (empty: its default order); always empty for a page
     * @param at       where the entry is written
     */
    public record NavEntry(String path, List<NavEntry> children, Position at) {
        public NavEntry {
            children = List.copyOf(children);
        }

        public boolean isFolder() {
            return path.endsWith("/");
        }
    }

    /**
     * Reads {@code content/site.yml}, if there is one.
     *
     * @param display how messages name the content folder
     * @throws SiteException naming site.yml:line:column for an unknown key, a wrong type or a
     *                       malformed {@code nav} entry
     */
    public static SiteConfig load(Path contentDir, String display) {
        Path path = contentDir.resolve(FILE);
        if (!Files.isRegularFile(path)) {
            return NONE;
        }
        try {
            return parse(Files.readString(path, StandardCharsets.UTF_8), display + "/" + FILE);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new SiteException(display + "/" + FILE + ": not valid UTF-8 text; save the file as UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a site file's text; {@code file} names it in messages. */
    public static SiteConfig parse(String text, String file) {
        Optional<YamlNode> root = Yaml.read(text, file, 1, "site file");
        if (root.isEmpty()) {
            return new SiteConfig(file, null, null, null, null, List.of());
        }
        if (!(root.get() instanceof YamlNode.Mapping map)) {
            throw new SiteException(root.get().at() + ": site file: expected 'key: value' lines (a map) with the keys "
                    + String.join(", ", KEYS) + ", but it is " + root.get().kind());
        }
        for (YamlNode.Entry e : map.entries().values()) {
            if (!KEYS.contains(e.key().text())) {
                throw new SiteException(e.key().at() + ": site file: unknown key '" + e.key().text() + "'"
                        + suggestion(e.key().text(), KEYS) + "; the keys are " + String.join(", ", KEYS));
            }
        }
        String baseUrl = text(map, "base_url");
        if (baseUrl != null) {
            baseUrl = url(map.get("base_url"), baseUrl, "base_url", "https://example.org/docs/");
            baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        }
        String repository = text(map, "repository");
        if (repository != null) {
            repository = url(map.get("repository"), repository, "repository", "https://github.com/owner/project");
        }
        List<NavEntry> nav = map.get("nav") == null ? List.of() : entries(map.get("nav"), "");
        return new SiteConfig(file, text(map, "title"), baseUrl, repository, text(map, "footer"), nav);
    }

    /**
     * Checks that every {@code nav} entry names a page or folder the site has, and none twice.
     *
     * @param pages   content paths of the pages that are built
     * @param drafts  content paths of pages left out as drafts
     * @param hidden  content paths of pages whose front matter says {@code nav: false}
     * @throws SiteException naming the entry's line and column
     */
    public void checkNav(Set<String> pages, Set<String> drafts, Set<String> hidden) {
        checkNav(nav, pages, drafts, hidden, new java.util.HashMap<>());
    }

    private static void checkNav(List<NavEntry> entries, Set<String> pages, Set<String> drafts, Set<String> hidden,
            Map<String, NavEntry> seen) {
        for (NavEntry e : entries) {
            NavEntry before = seen.put(e.path(), e);
            if (before != null) {
                throw new SiteException(e.at() + ": site file: nav lists '" + e.path() + "' twice (also on line "
                        + before.at().line() + "); keep one");
            }
            if (e.isFolder()) {
                if (pages.stream().noneMatch(p -> p.startsWith(e.path()))) {
                    throw new SiteException(e.at() + ": site file: nav names the folder '" + e.path()
                            + "', which has no pages in the content folder");
                }
                checkNav(e.children(), pages, drafts, hidden, seen);
            } else if (drafts.contains(e.path())) {
                throw new SiteException(e.at() + ": site file: nav names '" + e.path() + "', a draft (draft: true), which "
                        + "is not built; remove it from nav or publish it");
            } else if (hidden.contains(e.path())) {
                throw new SiteException(e.at() + ": site file: nav names '" + e.path() + "', whose front matter says "
                        + "nav: false; remove one of the two");
            } else if (!pages.contains(e.path())) {
                String folder = e.path().contains("/") ? e.path().substring(0, e.path().lastIndexOf('/') + 1) : "";
                List<String> there = pages.stream().filter(p -> p.startsWith(folder) && p.indexOf('/', folder.length()) < 0)
                        .sorted().toList();
                throw new SiteException(e.at() + ": site file: nav names '" + e.path() + "', but there is no such page"
                        + suggestion(e.path(), there) + (there.isEmpty() ? "" : "; pages in " + (folder.isEmpty()
                        ? "the content folder" : folder) + ": " + String.join(", ", there)));
            }
        }
    }

    /** Entries of a {@code nav} list; paths in a folder's list are relative to {@code folder}. */
    private static List<NavEntry> entries(YamlNode node, String folder) {
        if (!(node instanceof YamlNode.Sequence list)) {
            throw new SiteException(node.at() + ": site file: nav must be a list of pages and folders ('- lab.md', "
                    + "'- guide/'), got " + node.describe());
        }
        List<NavEntry> out = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (item instanceof YamlNode.Scalar s && s.value() instanceof String path) {
                String p = path(s, folder);
                out.add(new NavEntry(p, List.of(), s.at()));
            } else if (item instanceof YamlNode.Mapping m && m.entries().size() == 1) {
                YamlNode.Entry only = m.entries().values().iterator().next();
                String p = path(only.key(), folder);
                if (!p.endsWith("/")) {
                    throw new SiteException(only.key().at() + ": site file: only a folder ('" + only.key().text()
                            + "/') can have a list of its own pages");
                }
                out.add(new NavEntry(p, entries(only.value(), p), only.key().at()));
            } else {
                throw new SiteException(item.at() + ": site file: a nav entry is a page ('lab.md'), a folder ('guide/') "
                        + "or a folder with its order ('guide/: [install.md, setup.md]'), got " + item.describe());
            }
        }
        return out;
    }

    private static String path(YamlNode.Scalar s, String folder) {
        String p = s.text().strip();
        if (p.startsWith("/") || p.contains("\\") || p.equals("..") || p.startsWith("../") || p.contains("/../")
                || !(p.endsWith(".md") || p.endsWith("/"))) {
            throw new SiteException(s.at() + ": site file: nav entry '" + p + "' must be a Markdown page ('lab.md') or "
                    + "a folder ('guide/'), written from " + (folder.isEmpty() ? "the content folder" : "its folder " + folder));
        }
        p = p.startsWith("./") ? p.substring(2) : p;
        String inner = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        if (inner.contains("/")) {
            String parent = folder + inner.substring(0, inner.lastIndexOf('/') + 1);
            throw new SiteException(s.at() + ": site file: nav entry '" + p + "' is in the folder " + parent + ", which is a "
                    + "section: list the folder ('- " + parent + "') or give its order ('- " + parent + ": [...]')"
                    + (folder.isEmpty() ? "" : " in " + folder + "'s list"));
        }
        return folder + p;
    }

    private static String text(YamlNode.Mapping map, String key) {
        YamlNode node = map.get(key);
        if (node == null) {
            return null;
        }
        if (!(node instanceof YamlNode.Scalar s) || s.value() == null || s.text().isBlank()) {
            throw new SiteException(node.at() + ": site file: " + key + " must be text, got " + node.describe());
        }
        return s.text().strip();
    }

    private static String url(YamlNode node, String value, String key, String example) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri == null || uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))
                || key.equals("base_url") && (uri.getQuery() != null || uri.getFragment() != null)) {
            throw new SiteException(node.at() + ": site file: " + key + " must be an absolute http(s) URL such as " + example
                    + ", got '" + value + "'");
        }
        return value;
    }

    /** "; did you mean 'x'?" for a close match (edit distance at most 2), else nothing. */
    private static String suggestion(String written, List<String> candidates) {
        String best = null;
        int bestDistance = 3;
        for (String c : candidates) {
            int d = distance(written.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    /** Levenshtein distance (insertions, deletions, substitutions). */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
