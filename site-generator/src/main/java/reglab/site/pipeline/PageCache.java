package reglab.site.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import reglab.site.SiteException;
import reglab.site.content.SourcePage;
import reglab.site.links.RemoteImages;
import reglab.site.markdown.DocumentTransform;
import reglab.site.render.RenderResult;

/**
 * What one build may take over from the previous one: each page's parse result (and assembled
 * document, {@link #assembled}), kept with
 * everything that result was made from, so {@code serve} parses again only the pages whose inputs
 * changed. A page's parse depends on its source (path, file, front matter text, body), the files
 * the document transforms read for it ({@link DocumentTransform#reads}), the site's page, file and
 * draft paths (links are checked and rewritten against them) and the bytes of the images it
 * measured; a kept result is used only when all of these are equal, so a build that takes it over
 * writes what a cold build would (ServeIncrementalTest compares the two).
 *
 * <p>Also keeps the files the generator ships from its class path ({@link #resources}), and what
 * the last build wrote, so the next links the files that did not change ({@link SiteWriter.Written}).
 *
 * <p>One per {@code serve} session; a cold build uses {@link #none()}. Not thread-safe: builds run
 * one at a time.
 */
public final class PageCache {

    private final boolean enabled;
    private final Map<String, Kept> pages = new HashMap<>();
    private final Map<String, Map<String, byte[]>> resources = new HashMap<>();
    private List<DocumentTransform> transforms;
    private SiteWriter.Written written;
    private int parsed;
    private int reused;
    private int assembledReused;

    private PageCache(boolean enabled) {
        this.enabled = enabled;
    }

    /** A cache for a series of builds of one site. */
    public static PageCache create() {
        return new PageCache(true);
    }

    /** No cache: every page is parsed (a single build). */
    public static PageCache none() {
        return new PageCache(false);
    }

    /** Pages the last build parsed, and the pages it took over from the build before. */
    public int parsedCount() {
        return parsed;
    }

    public int reusedCount() {
        return reused;
    }

    /**
     * One kept parse: its inputs and its result.
     *
     * @param images what the page's remote images became (badges and replacements)
     * @param measured the SHA-256 of each image file the page measured (null: no such file)
     */
    private record Kept(Key key, ParsedPage page, RemoteImages images, Map<String, byte[]> measured, Assembled assembled) {
    }

    /** A page's last assembled document and what it was assembled with (see {@link #assembled}). */
    private static final class Assembled {
        Object context;
        List<RenderResult> results;
        byte[] document;
    }

    /** Everything besides measured images that a page's parse depends on. */
    private record Key(String sitePaths, String path, String display, Path file, String frontMatter, int frontMatterLines,
                       String body, boolean generated, List<String> reads) {
    }

    /**
     * The site's page, file and draft paths in one string: links resolve against them.
     */
    static String sitePaths(Set<String> pages, Set<String> files, Set<String> drafts) {
        StringBuilder sb = new StringBuilder();
        for (Set<String> set : List.of(pages, files, drafts)) {
            set.stream().sorted().forEach(p -> sb.append(p).append('\n'));
            sb.append('\u0000');
        }
        return sb.toString();
    }

    /** What one page's parse needs: a parser for it alone, whose results are joined in build order. */
    interface PageParse {
        ParsedPage parse(SourcePage page, RemoteImages images, Function<String, byte[]> measure);
    }

    /**
     * The parse of {@code page}: the kept one when its inputs are unchanged, else a new one (kept
     * for the next build). Adds what the page drew to {@code siteImages}.
     *
     * @param files  the bytes of a site file by site path, or null when there is none (the images
     *               a page measures: its own badges come first)
     */
    ParsedPage parse(SourcePage page, String sitePaths, List<DocumentTransform> transforms, Function<String, byte[]> files,
                     RemoteImages siteImages, PageParse parser) {
        if (!enabled) {
            parsed++;
            RemoteImages images = new RemoteImages();
            ParsedPage result = parser.parse(page, images, path -> ownOrSite(images, files, path));
            siteImages.addAll(images);
            return result;
        }
        if (this.transforms != transforms) {
            pages.clear();
            this.transforms = transforms;
        }
        Key key = new Key(sitePaths, page.path(), page.display(), page.file(), page.frontMatter().text(),
                page.frontMatter().lineCount(), page.body(), page.generated(), reads(page, transforms));
        Kept kept = pages.get(page.path());
        if (kept != null && kept.key().equals(key) && sameImages(kept, files)) {
            reused++;
            siteImages.addAll(kept.images());
            ParsedPage p = kept.page();
            return new ParsedPage(page, p.sections(), p.title(), p.description(), p.html(), p.slots(), p.toc(), p.links(),
                    p.changes());
        }
        parsed++;
        RemoteImages images = new RemoteImages();
        Map<String, byte[]> measured = new LinkedHashMap<>();
        ParsedPage result = parser.parse(page, images, path -> {
            byte[] bytes = ownOrSite(images, files, path);
            measured.put(path, bytes == null ? null : sha256(bytes));
            return bytes;
        });
        pages.put(page.path(), new Kept(key, result, images, measured, new Assembled()));
        siteImages.addAll(images);
        return result;
    }

    /**
     * The document of {@code page}, a page of this build's parse: the one assembled last time if
     * the page's parse was kept and neither {@code context} (what else the document depends on)
     * nor the page's render results changed; else {@code assemble}'s, kept for the next build.
     */
    byte[] assembled(ParsedPage page, Object context, List<RenderResult> results, Supplier<byte[]> assemble) {
        Kept kept = enabled ? pages.get(page.source().path()) : null;
        if (kept == null || kept.page().html() != page.html()) {
            return assemble.get();
        }
        Assembled a = kept.assembled();
        if (a.document != null && a.context.equals(context) && a.results.equals(results)) {
            assembledReused++;
            return a.document;
        }
        byte[] document = assemble.get();
        a.context = context;
        a.results = results;
        a.document = document;
        return document;
    }

    /** Pages the last build took over assembled from the build before. */
    public int assembledReusedCount() {
        return assembledReused;
    }

    /**
     * Files the generator ships from its class path (theme, KaTeX, search engine, applet), read
     * once per session: they cannot change while it runs, and reading them from the jar (inflating
     * a few MB) was most of the files stage.
     *
     * @param name names the set, unique per supplier
     */
    Map<String, byte[]> resources(String name, Supplier<Map<String, byte[]>> read) {
        if (!enabled) {
            return read.get();
        }
        return resources.computeIfAbsent(name, n -> Map.copyOf(read.get()));
    }

    /** What the last build wrote (see {@link SiteWriter.Written}), or null. */
    SiteWriter.Written written() {
        return written;
    }

    void written(SiteWriter.Written w) {
        if (enabled) {
            written = w;
        }
    }

    /** Forgets the pages a build no longer has (deleted or renamed). */
    void keepOnly(Set<String> paths) {
        pages.keySet().retainAll(paths);
    }

    /** Starts counting a new build. */
    void startBuild() {
        parsed = 0;
        reused = 0;
        assembledReused = 0;
    }

    private static byte[] ownOrSite(RemoteImages own, Function<String, byte[]> files, String path) {
        byte[] bytes = files.apply(path);
        return bytes != null ? bytes : own.files().get(path);
    }

    private static boolean sameImages(Kept kept, Function<String, byte[]> files) {
        for (Map.Entry<String, byte[]> m : kept.measured().entrySet()) {
            byte[] now = ownOrSite(kept.images(), files, m.getKey());
            if (!Arrays.equals(m.getValue(), now == null ? null : sha256(now))) {
                return false;
            }
        }
        return true;
    }

    /** The SHA-256 of each file the transforms read for {@code page} (a marker for a missing one). */
    private static List<String> reads(SourcePage page, List<DocumentTransform> transforms) {
        List<String> out = new ArrayList<>();
        for (DocumentTransform t : transforms) {
            for (Path file : t.reads(page)) {
                try {
                    out.add(file + "\n" + HexFormat.of().formatHex(sha256(Files.readAllBytes(file))));
                } catch (NoSuchFileException e) {
                    out.add(file + "\n\u0000missing");
                } catch (IOException e) {
                    // Not a readable file (a folder, say): the transform decides what that means.
                    out.add(file + "\n\u0000unreadable " + e.getClass().getSimpleName());
                }
            }
        }
        return out;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new SiteException("this Java runtime has no SHA-256: " + e.getMessage());
        }
    }
}
