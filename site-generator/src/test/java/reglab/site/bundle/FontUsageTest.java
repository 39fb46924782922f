package reglab.site.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which KaTeX faces the bundle keeps, for pages that use some of KaTeX's font classes. */
class FontUsageTest {

    static final String CSS = """
            @font-face{font-family:KaTeX_Main;font-style:normal;font-weight:400;src:url(fonts/Main-Regular.woff2)}
            @font-face{font-family:KaTeX_Main;font-style:italic;font-weight:400;src:url(fonts/Main-Italic.woff2)}
            @font-face{font-family:KaTeX_Main;font-style:normal;font-weight:700;src:url(fonts/Main-Bold.woff2)}
            @font-face{font-family:KaTeX_Math;font-style:italic;font-weight:400;src:url(fonts/Math-Italic.woff2)}
            .katex{font:normal 1.21em KaTeX_Main,Times New Roman,serif}
            .katex .mathnormal{font-family:KaTeX_Math;font-style:italic}
            .katex .mathit{font-family:KaTeX_Main;font-style:italic}
            .katex .textit{font-style:italic}
            .katex .mathbf{font-family:KaTeX_Main;font-weight:700}
            """;

    @TempDir
    Path dir;

    private List<String> facesKept(String classes) throws IOException {
        Files.writeString(dir.resolve("katex.css"), CSS);
        Files.writeString(dir.resolve("index.html"), "<!DOCTYPE html><link rel=stylesheet href=katex.css>"
                + "<span class=\"katex\"><span class=\"" + classes + "\">x</span></span>");
        BuiltSite site = BuiltSite.open(dir);
        String pruned = FontUsage.of(site, List.of("katex.css")).prune("katex.css", CSS);
        return Pattern.compile("@font-face\\{font-family:(\\w+);font-style:(\\w+);font-weight:(\\d+)").matcher(pruned)
                .results().map(m -> m.group(1) + " " + m.group(2) + " " + m.group(3)).toList();
    }

    @Test
    void italicVariablesKeepOnlyTheMathItalicFace() throws IOException {
        assertEquals(List.of("KaTeX_Main normal 400", "KaTeX_Math italic 400"), facesKept("mathnormal"));
    }

    @Test
    void aRuleNamingMainItalicKeepsIt() throws IOException {
        assertEquals(List.of("KaTeX_Main normal 400", "KaTeX_Main italic 400"), facesKept("mathit"));
    }

    @Test
    void italicWithoutAFamilyKeepsEveryItalicFaceOfAUsedFamily() throws IOException {
        assertEquals(List.of("KaTeX_Main normal 400", "KaTeX_Main italic 400"), facesKept("textit"));
        assertEquals(List.of("KaTeX_Main normal 400", "KaTeX_Main italic 400", "KaTeX_Math italic 400"),
                facesKept("textit mathnormal"));
    }

    @Test
    void boldIsKeptOnlyWhereAskedFor() throws IOException {
        assertEquals(List.of("KaTeX_Main normal 400", "KaTeX_Main normal 700"), facesKept("mathbf"));
    }
}
