package reglab.site.render.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
}
