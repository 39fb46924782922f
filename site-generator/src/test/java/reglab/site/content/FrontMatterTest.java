package reglab.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reglab.site.SiteException;

class FrontMatterTest {

    @Test
    void keepsEveryKeyInFileOrderIncludingLicenses() {
        String text = "---\ncreated: 2025-02-18 05:31:26\nauthor: Cong Le\nversion: \"1.0\"\nlicense(s): MIT, CC BY 4.0\n"
                + "copyright: Copyright (c) 2025 Cong Le. All Rights Reserved.\n---\n\n# Title\n";
        FrontMatter fm = FrontMatter.parse(text, "content/index.md");
        assertEquals(List.of("created", "author", "version", "license(s)", "copyright"), List.copyOf(fm.values().keySet()));
        assertEquals("1.0", fm.get("version", ""));
        assertEquals("2025-02-18 05:31:26", fm.get("created", ""));
        assertEquals("MIT, CC BY 4.0", fm.licenses());
        assertEquals(7, fm.lineCount());
    }

    @Test
    void noFrontMatter() {
        FrontMatter fm = FrontMatter.parse("# Just text\n", "a.md");
        assertEquals(Map.of(), fm.values());
        assertEquals(0, fm.lineCount());
    }

    @Test
    void bodyKeepsFileLineNumbers() {
        SourcePage page = ContentLoader.page("a.md", "content/a.md", null, "---\ntitle: T\n---\nline four\n");
        assertEquals("\n\n\nline four\n", page.body());
    }

    @Test
    void unclosedBlockNamesTheFileAndSaysWhatToDo() {
        SiteException e = assertThrows(SiteException.class,
                () -> FrontMatter.parse("---\ntitle: T\n\nSome text\n", "content/a.md"));
        assertEquals("content/a.md:4: front matter: expected 'key: value', got 'Some text'. "
                + "Did you forget the closing '---' line after the front matter?", e.getMessage());
        SiteException e2 = assertThrows(SiteException.class, () -> FrontMatter.parse("---\ntitle: T\n", "content/a.md"));
        assertEquals("content/a.md:1: front matter starts with '---' but has no closing '---' line; "
                + "add one after the last 'key: value' line", e2.getMessage());
    }

    @Test
    void malformedLinesNameTheirLine() {
        assertEquals("content/a.md:3: front matter: key 'title' appears twice; keep one",
                assertThrows(SiteException.class, () -> FrontMatter.parse("---\ntitle: A\ntitle: B\n---\n", "content/a.md")).getMessage());
        assertEquals("content/a.md:3: front matter: nested values are not supported ('- x'); write each setting as one 'key: value' line",
                assertThrows(SiteException.class, () -> FrontMatter.parse("---\ntags:\n  - x\n---\n", "content/a.md")).getMessage());
        assertEquals("content/a.md:2: front matter: unclosed \" quote in value \"1.0",
                assertThrows(SiteException.class, () -> FrontMatter.parse("---\nversion: \"1.0\n---\n", "content/a.md")).getMessage());
    }
}
