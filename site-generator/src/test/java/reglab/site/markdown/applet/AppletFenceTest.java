package reglab.site.markdown.applet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reglab.site.SiteException;
import reglab.site.content.ContentLoader;
import reglab.site.content.SourcePage;
import reglab.site.links.RemoteImages;
import reglab.site.links.SiteLinks;
import reglab.site.markdown.MarkdownPipeline;
import reglab.site.pipeline.PageParser;
import reglab.site.pipeline.ParsedPage;

/**
 * The {@code applet} fence and the overlay: Markdown in, HTML out (golden strings written by hand),
 * and every kind of bad input stopping the build with the file, the line and what is allowed.
 */
class AppletFenceTest {

    private static ParsedPage parse(SourcePage page) {
        return new PageParser(MarkdownPipeline.standard(), List.of(new AppletOverlay()),
                new SiteLinks(Set.of("index.md", "lab.md"), Set.of()), new RemoteImages()).parse(page);
    }

    private static String html(String markdown) {
        return parse(ContentLoader.page("lab.md", "content/lab.md", null, markdown)).html();
    }

    @Test
    void fenceBecomesTheMountElementWithItsValidatedSpec() {
        String html = html("# Lab\n\n```applet\nexperiment: playground\ndataset: spiral\n"
                + "regularization: l2\nrate: 0.003\n```\n");
        assertEquals("<h1 id=\"lab\">Lab<a class=\"anchor\" href=\"#lab\" aria-label=\"Link to this"
                + " section\">#</a></h1>\n"
                + "<figure class=\"reglab-applet\" data-reglab-spec=\"experiment=playground&amp;"
                + "dataset=spiral&amp;rate=0.003&amp;regularization=l2\" aria-label=\"Live experiment:"
                + " Playground: a small network on 2-D data\"><figcaption>Playground: a small network"
                + " on 2-D data</figcaption><p class=\"reglab-applet-status\" role=\"status\">Loading"
                + " the live experiment…</p><noscript><p>This live experiment needs JavaScript.</p>"
                + "</noscript></figure>\n", html);
    }

    @Test
    void otherFencesAreLeftToTheCodeRenderer() {
        String html = html("```python\nprint(1)\n```\n");
        assertFalse(html.contains("reglab-applet"));
        assertTrue(html.contains("code-block"), html);
    }

    private static String error(String markdown) {
        return assertThrows(SiteException.class, () -> html(markdown)).getMessage();
    }

    @Test
    void badFencesStopTheBuildNamingFileLineAndAllowedValues() {
        assertEquals("content/lab.md:4: applet: unknown experiment 'sparsty'; allowed: playground,"
                + " sparsity, geometry, overfitting, dropout, activity, batchnorm, tuning,"
                + " augmentation, transfer",
                error("# Lab\n\n```applet\nexperiment: sparsty\n```\n"));
        assertEquals("content/lab.md:3: applet: setting 'rate' has value '50'; allowed: a number from"
                + " 1e-5 to 10", error("```applet\nexperiment: playground\nrate: 50\n```\n"));
        String unknown = error("```applet\nexperiment: geometry\n\nstrength: 2\n```\n");
        assertTrue(unknown.startsWith("content/lab.md:4: applet: experiment 'geometry' has no setting"
                + " 'strength'; its settings: penalty, lambda, w1, w2, correlation"), unknown);
        assertEquals("content/lab.md:3: applet: setting 'dataset' has value 'moons'; allowed: circle,"
                + " xor, gauss, spiral, reg-plane, reg-gauss",
                error("```applet\nexperiment: playground\ndataset: moons\n```\n"));
    }

    private static SourcePage page(Path content, String text) throws IOException {
        Path file = content.resolve("index.md");
        Files.writeString(file, text);
        return ContentLoader.page("index.md", "content/index.md", file, text);
    }

    private static final String DOC = "# Title\n\nIntro.\n\n## Dropout\n\nText about dropout.\n\n"
            + "More text.\n\n## Next\n\nEnd.\n";

    @Test
    void overlayPlacesExperimentsAtTheEndOfTheirSectionWithoutTouchingTheText(@TempDir Path content)
            throws IOException {
        Files.createDirectories(content.resolve(".overlay"));
        Files.writeString(content.resolve(".overlay/index.applets"),
                "# comment\nafter: Dropout\nexperiment: dropout\nepochs: 5\n");
        SourcePage page = page(content, DOC);
        ParsedPage parsed = parse(page);
        String html = parsed.html();
        int section = html.indexOf("More text.");
        int applet = html.indexOf("<figure class=\"reglab-applet\" data-reglab-spec=\"experiment=dropout&amp;epochs=5\"");
        int next = html.indexOf("<h2 id=\"next\"");
        assertTrue(section > 0 && applet > section && next > applet, html);
        assertEquals(DOC, page.body(), "the page's own text is unchanged");
        assertEquals(List.of("interactive experiments added beside the sections they illustrate"),
                parsed.changes(), "the attribution tells readers what was added");
    }

    @Test
    void overlayErrorsNameTheOverlayFileAndLine(@TempDir Path content) throws IOException {
        Files.createDirectories(content.resolve(".overlay"));
        Path overlay = content.resolve(".overlay/index.applets");
        Files.writeString(overlay, "\nafter: Droput\nexperiment: dropout\n");
        SiteException missing = assertThrows(SiteException.class, () -> parse(page(content, DOC)));
        assertEquals("content/.overlay/index.applets:2: no heading 'Droput' in content/index.md; write"
                + " the heading's text exactly as it appears", missing.getMessage());

        Files.writeString(overlay, "after: Dropout\nexperiment: dropout\n\nafter: Next\nexperiment: dropout\n"
                + "dropout: 0.95\n");
        SiteException range = assertThrows(SiteException.class, () -> parse(page(content, DOC)));
        assertEquals("content/.overlay/index.applets:6: applet: setting 'dropout' has value '0.95';"
                + " allowed: a number from 0 to 0.9", range.getMessage());

        Files.writeString(overlay, "experiment: dropout\n");
        SiteException shape = assertThrows(SiteException.class, () -> parse(page(content, DOC)));
        assertTrue(shape.getMessage().startsWith("content/.overlay/index.applets:1: expected 'after:"),
                shape.getMessage());
    }

    @Test
    void assetsShipEveryAppletFileAndOnlyPagesWithExperimentsLinkThem() {
        AppletPageAssets assets = new AppletPageAssets();
        Map<String, byte[]> files = assets.files();
        assertEquals(List.of("assets/applet/reglab-applet.js", "assets/applet/reglab-applet.css",
                "assets/applet/reglab-applet.wasm-runtime.js", "assets/applet/reglab-applet.wasm",
                "assets/applet/reglab-applet-bytes.js", "assets/applet/reglab-applet-js.js",
                "assets/applet/reglab-digits.js"),
                new ArrayList<>(files.keySet()));
        byte[] wasm = files.get("assets/applet/reglab-applet.wasm");
        assertEquals(List.of((byte) 0, (byte) 'a', (byte) 's', (byte) 'm'),
                List.of(wasm[0], wasm[1], wasm[2], wasm[3]), "a WebAssembly module");
        assertTrue(assets.neededBy("lab.html", "<figure class=\"reglab-applet\" data-reglab-spec=\"x\">"));
        assertFalse(assets.neededBy("index.html", "<p>no experiments</p>"));
        assertEquals("<link rel=\"stylesheet\" href=\"../assets/applet/reglab-applet.css\">\n"
                + "<script async src=\"../assets/applet/reglab-applet.js\"></script>\n",
                assets.headTags("../"));
    }
}
