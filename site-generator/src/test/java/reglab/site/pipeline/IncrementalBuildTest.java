package reglab.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reglab.site.SiteException;
import reglab.site.markdown.DocumentTransform;
import reglab.site.theme.PageAssets;
import reglab.site.testing.FakeRenderer;

/**
 * A series of builds sharing a {@link PageCache}, as {@code serve} makes them, writes after each
 * change exactly what a cold build of the same content writes: for an edited page, a page added,
 * renamed and deleted, a title that other pages' navigation shows, the site file, an image a page
 * measures, an overlay a transform reads, a remote image drawn as a badge, another build replacing
 * the output, and a failed build in between. And it parses and assembles only what changed, and links the files
 * that did not change from the last output.
 */
class IncrementalBuildTest {

    @TempDir
    Path tmp;

    private Path content;
    private final PageCache cache = PageCache.create();
    /** One list each for every build, as a session's options hold (a cache starts over for other plugins). */
    private final List<DocumentTransform> transforms = SitePlugins.transforms();
    private final List<PageAssets> assets = SitePlugins.assets();
    private int step;

    private BuildOptions options(Path out) {
        return new BuildOptions(content, "content", out, null, transforms, assets, false);
    }

    /** Builds with the shared cache and cold, and checks both wrote the same files. */
    private void buildBothAndCompare(String what) throws IOException {
        step++;
        Path incremental = tmp.resolve("incremental");
        Path cold = tmp.resolve("cold-" + step);
        new SiteBuilder(options(incremental), BuildProgress.silent(), cache).build(new FakeRenderer());
        new SiteBuilder(options(cold), BuildProgress.silent()).build(new FakeRenderer());
        Map<String, byte[]> a = files(incremental);
        Map<String, byte[]> b = files(cold);
        assertEquals(b.keySet(), a.keySet(), what + ": the same files");
        for (String path : b.keySet()) {
            assertArrayEquals(b.get(path), a.get(path), what + ": " + path + " as a cold build writes it");
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void replace(String path, String from, String to) throws IOException {
        String text = Files.readString(content.resolve(path));
        assertTrue(text.contains(from), path + " holds '" + from + "'");
        write(path, text.replace(from, to));
    }

    private void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void everyRebuildWritesWhatAColdBuildWrites() throws IOException {
        content = tmp.resolve("content");
        copyTree(Path.of("src/test/resources/docs-site"), content);
        buildBothAndCompare("first build");
        int pages = cache.parsedCount();
        assertEquals(0, cache.reusedCount(), "the first build parses every page");

        Path css = tmp.resolve("incremental/assets/site.css");
        Object cssFile = Files.readAttributes(css, BasicFileAttributes.class).fileKey();
        replace("guide/writing.md", "# Writing\n", "# Writing\n\nA new paragraph at the top.\n");
        buildBothAndCompare("an edited page");
        assertEquals(cssFile, Files.readAttributes(css, BasicFileAttributes.class).fileKey(),
                "an unchanged file is linked from the last output, not written again");
        assertEquals(1, cache.parsedCount(), "only the edited page is parsed again");
        assertEquals(pages - 1, cache.reusedCount());
        assertEquals(pages - 1, cache.assembledReusedCount(), "and assembled again");

        replace("reference/cli.md", "# ", "# Renamed command line ");
        buildBothAndCompare("a new title, shown in every page's navigation");
        assertEquals(1, cache.parsedCount());
        assertEquals(0, cache.assembledReusedCount(), "every page shows the title in its navigation");

        write("guide/added.md", "# Added page\n\nSee [writing](writing.md).\n");
        replace("about.md", "Written to test", "See the [added page](guide/added.md). Written to test");
        buildBothAndCompare("a page added and linked");
        assertEquals(pages + 1, cache.parsedCount(), "a new page changes where links lead: every page is parsed again");

        Files.move(content.resolve("guide/added.md"), content.resolve("guide/renamed.md"));
        replace("about.md", "guide/added.md", "guide/renamed.md");
        buildBothAndCompare("a page renamed");

        Files.delete(content.resolve("guide/renamed.md"));
        replace("about.md", "See the [added page](guide/renamed.md). ", "");
        buildBothAndCompare("a page deleted");

        String changelog = Files.readString(content.resolve("changelog.md"));
        Files.delete(content.resolve("changelog.md"));
        SiteException broken = assertThrows(SiteException.class, () -> new SiteBuilder(options(tmp.resolve("incremental")),
                BuildProgress.silent(), cache).build(new FakeRenderer()), "an unchanged page's link to a deleted page");
        assertTrue(broken.getMessage().contains("about.md"), broken.getMessage());
        write("changelog.md", changelog);
        buildBothAndCompare("the deleted page back");

        replace("site.yml", "title: Fixture Docs", "title: Renamed Docs");
        replace("site.yml", "  - about.md\n", "");
        buildBothAndCompare("the site file's title and navigation");
        assertEquals(0, cache.parsedCount(), "the site file is not an input of any page's parse");

        String svg = Files.readString(content.resolve("img/flow.svg"));
        write("img/flow.svg", svg.replace("viewBox=\"0 0 240 80\"", "viewBox=\"0 0 480 160\""));
        buildBothAndCompare("an image a page measures");
        assertEquals(1, cache.parsedCount(), "the page that shows the image is parsed again");

        write(".overlay/about.applets", "after: About\nexperiment: sparsity\n");
        buildBothAndCompare("an overlay added");
        assertEquals(1, cache.parsedCount(), "the page the overlay is for is parsed again");
        write(".overlay/about.applets", "after: About\nexperiment: overfitting\n");
        buildBothAndCompare("an overlay changed");
        Files.delete(content.resolve(".overlay/about.applets"));
        buildBothAndCompare("an overlay removed");

        replace("changelog.md", "# Changelog\n", "# Changelog\n\n![Build: passing](https://img.shields.io/badge/build-passing-green.svg)\n");
        buildBothAndCompare("a remote image drawn as a badge");
        replace("index.md", "# Fixture Docs\n", "# Fixture Docs\n\nAn edit elsewhere.\n");
        buildBothAndCompare("a kept page hands over its badge");
        assertEquals(1, cache.parsedCount());

        // Another build replaces the output meanwhile, with a file of the same length but other bytes.
        byte[] real = Files.readAllBytes(css);
        byte[] other = new byte[real.length];
        Arrays.fill(other, (byte) 'x');
        SiteWriter.write(tmp.resolve("incremental"), Map.of("assets/site.css", other));
        replace("index.md", "An edit elsewhere.", "Another edit.");
        buildBothAndCompare("after another build replaced the output");

        String writing = Files.readString(content.resolve("guide/writing.md"));
        write("guide/writing.md", writing + "\n[broken](missing.md)\n");
        assertThrows(SiteException.class,
                () -> new SiteBuilder(options(tmp.resolve("incremental")), BuildProgress.silent(), cache).build(new FakeRenderer()));
        write("guide/writing.md", writing + "\nFixed.\n");
        buildBothAndCompare("after a failed build");
    }
}
