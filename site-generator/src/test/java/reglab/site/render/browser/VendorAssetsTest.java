package reglab.site.render.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The npm-installed files the renderer and the site theme load from /reglab/vendor/ on the class path. */
class VendorAssetsTest {

    private static String text(String resource) {
        byte[] b = RenderPage.read("reglab/vendor/" + resource);
        assertNotNull(b, "missing class-path resource reglab/vendor/" + resource);
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void licenseTextsComeFromSpdx() {
        assertTrue(text("licenses/CC-BY-4.0.txt").startsWith("Creative Commons Attribution 4.0 International"));
        assertTrue(text("licenses/CC-BY-4.0.txt").contains("Section 3 – License Conditions."));
        String mit = text("licenses/MIT.txt");
        assertTrue(mit.startsWith("MIT License"));
        assertTrue(mit.contains("Permission is hereby granted, free of charge"));
    }

    @Test
    void everyWoff2FontTheKatexStylesheetNamesIsThere() {
        String css = text("katex/katex.min.css");
        Set<String> fonts = new TreeSet<>();
        Matcher m = Pattern.compile("url\\((fonts/[^)]+\\.woff2)\\)").matcher(css);
        while (m.find()) {
            fonts.add(m.group(1));
        }
        assertEquals(20, fonts.size(), "KaTeX's 20 font faces");
        for (String f : fonts) {
            assertNotNull(RenderPage.read("reglab/vendor/katex/" + f), f);
        }
    }

    @Test
    void versionsArePinnedByTheLockFile() {
        String v = text("versions.properties");
        assertTrue(v.contains("mermaid=12."), v);
        assertTrue(v.contains("katex=0."), v);
        assertTrue(v.contains("highlight.js=11."), v);
        assertTrue(v.contains("svgo=4.1.0"), v);
        assertTrue(Pattern.compile("(?m)^files=[0-9a-f]{64}$").matcher(v).find(), "a digest of the vendored files: " + v);
        assertTrue(text("svgo/svgo.browser.js").contains("export{"), "svgo's browser build is an ES module");
        assertNotNull(RenderPage.read("reglab/vendor/highlight/github.min.css"));
        assertNotNull(RenderPage.read("reglab/vendor/highlight/github-dark.min.css"));
    }

    @Test
    void theScriptsARenderPageRunsNearlyAllOfAreMarkedForEagerCompilation() throws Exception {
        String hint = "//# allFunctionsCalledOnLoad\n";
        assertTrue(text("mermaid/mermaid.esm.min.mjs").startsWith(hint), "Mermaid's entry module");
        assertTrue(text("svgo/svgo.browser.js").startsWith(hint), "svgo");
        URL chunks = RenderPage.class.getClassLoader().getResource("reglab/vendor/mermaid/chunks/mermaid.esm.min");
        assertNotNull(chunks);
        try (Stream<Path> files = Files.list(Path.of(chunks.toURI()))) {
            List<Path> all = files.toList();
            assertTrue(all.size() > 50, "Mermaid's chunks: " + all.size());
            for (Path chunk : all) {
                assertTrue(Files.readString(chunk).startsWith(hint), chunk.toString());
            }
        }
        assertFalse(text("katex/katex.min.js").startsWith(hint), "KaTeX stays lazily compiled");
        assertFalse(text("highlight/highlight.min.js").startsWith(hint), "highlight.js stays lazily compiled");
    }
}
