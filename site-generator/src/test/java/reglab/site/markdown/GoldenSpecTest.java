package reglab.site.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import reglab.site.content.ContentLoader;
import reglab.site.content.SourcePage;
import reglab.site.images.ImageSizes;
import reglab.site.links.RemoteImages;
import reglab.site.links.SiteLinks;
import reglab.site.markdown.heading.Toc;
import reglab.site.pipeline.PageParser;
import reglab.site.pipeline.ParsedPage;
import reglab.site.testing.FakeRenderer;

/**
 * Golden spec tests: Markdown in, HTML out, for every syntax the generator adds (math, diagram and
 * code fences, heading ids and anchors, table of contents, link rewriting, badge replacement).
 * Examples live in {@code src/test/resources/spec/*.md}. Modes: {@code html} (the page's article
 * HTML with render results from {@link FakeRenderer}), {@code toc} (the table of contents),
 * {@code badges} (the replacements and badge files made). Each page is parsed as {@code index.md}
 * of a site that also has {@code LICENSE.md}, {@code guide/index.md}, {@code guide/setup.md},
 * {@code img/logo.png} (a 41×29 PNG), {@code img/diagram.svg} (a 120×60 view box) and
 * {@code img/notes.txt}.
 *
 * <p>After a deliberate change of output, {@code mvn test -Dtest=GoldenSpecTest -Dspec.update=true}
 * rewrites the expected sections in the source tree; review the diff before committing it.
 */
class GoldenSpecTest {

    private static final List<String> FILES = List.of("math.md", "fences.md", "headings.md", "toc.md", "links.md", "badges.md", "tables.md", "gfm.md", "alerts.md", "images.md");

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : FILES) {
            List<SpecFile.Example> examples = SpecFile.read(file);
            assertFalse(examples.isEmpty(), file + " has no examples");
            for (SpecFile.Example ex : examples) {
                tests.add(DynamicTest.dynamicTest(ex.toString(), () -> assertEquals(ex.expected(), actual(ex), ex.toString())));
            }
        }
        if (Boolean.getBoolean("spec.update")) {
            for (String file : FILES) {
                SpecFile.update(Path.of("src/test/resources/spec", file), GoldenSpecTest::actual);
            }
        }
        return tests.stream();
    }

    private static byte[] resource(String name) {
        try (java.io.InputStream in = GoldenSpecTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String actual(SpecFile.Example ex) {
        SourcePage page = ContentLoader.page("index.md", "spec/" + ex.file(), null, ex.markdown());
        RemoteImages images = new RemoteImages();
        SiteLinks links = new SiteLinks(Set.of("index.md", "LICENSE.md", "guide/index.md", "guide/setup.md"),
                Set.of("img/logo.png", "img/diagram.svg", "img/notes.txt"));
        ImageSizes sizes = new ImageSizes(path -> switch (path) {
            case "img/logo.png" -> resource("/images/plain.png");
            case "img/diagram.svg" -> "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 60\"/>".getBytes(StandardCharsets.UTF_8);
            case "img/notes.txt" -> "not an image".getBytes(StandardCharsets.UTF_8);
            default -> images.files().get(path);
        });
        ParsedPage parsed = new PageParser(MarkdownPipeline.standard(), List.of(), links, images, sizes).parse(page);
        switch (ex.mode()) {
            case "html":
                return parsed.slots().fill(parsed.html(), new FakeRenderer().renderAll(parsed.slots().requests()));
            case "toc":
                return Toc.html(parsed.toc()) + "\n";
            case "badges":
                StringBuilder sb = new StringBuilder();
                images.replacements().forEach(r -> sb.append(r.where()).append(" (").append(r.ref()).append(')').append(' ').append(r.remoteUrl()).append(" -> ")
                        .append(r.localPath()).append('\n'));
                images.files().forEach((path, svg) -> sb.append(path).append(":\n")
                        .append(new String(svg, java.nio.charset.StandardCharsets.UTF_8)));
                return sb.toString();
            default:
                throw new IllegalArgumentException(ex + ": unknown mode " + ex.mode());
        }
    }
}
