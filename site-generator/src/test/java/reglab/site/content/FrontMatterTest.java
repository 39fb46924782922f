package reglab.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reglab.site.SiteException;
import reglab.site.yaml.YamlNode;

/** Front matter read as YAML 1.2: values, what the page shows, and one-line errors at file:line:column. */
class FrontMatterTest {

    private static String error(String text) {
        return assertThrows(SiteException.class, () -> FrontMatter.parse(text, "content/a.md")).getMessage();
    }

    @Test
    void theLicensedDocumentsKeysAreShownAsWrittenInFileOrder() {
        String text = "---\ncreated: 2025-02-18 05:31:26\nauthor: Cong Le\nversion: \"1.0\"\nlicense(s): MIT, CC BY 4.0\n"
                + "copyright: Copyright (c) 2025 Cong Le. All Rights Reserved.\n---\n\n# Title\n";
        FrontMatter fm = FrontMatter.parse(text, "content/index.md");
        assertEquals(Map.of("created", "2025-02-18 05:31:26", "author", "Cong Le", "version", "1.0", "license(s)", "MIT, CC BY 4.0",
                "copyright", "Copyright (c) 2025 Cong Le. All Rights Reserved."), fm.shown());
        assertEquals(List.of("created", "author", "version", "license(s)", "copyright"), List.copyOf(fm.shown().keySet()));
        assertEquals("MIT, CC BY 4.0", fm.licenses());
        assertEquals(7, fm.lineCount());
        assertEquals(PageSettings.NONE, fm.settings());
    }

    @Test
    void yamlValuesTypedByTheCoreSchema() {
        FrontMatter fm = FrontMatter.parse("""
                ---
                count: 010
                hex: 0x1F
                ratio: 1.50
                flag: true
                yes-is-text: yes
                nothing: ~
                quoted: 'it''s "fine": really'
                escaped: "tab\\there"
                tags: [l1, "l2"]
                authors:
                  - Ada
                  - name: Grace
                    role: reviewer
                folded: >
                  one
                  two
                date: 2024-05-31
                ---
                """, "content/a.md");
        Map<String, YamlNode> v = fm.values();
        assertEquals(10L, ((YamlNode.Scalar) v.get("count")).value());
        assertEquals(31L, ((YamlNode.Scalar) v.get("hex")).value());
        assertEquals(1.5, ((YamlNode.Scalar) v.get("ratio")).value());
        assertEquals(Boolean.TRUE, ((YamlNode.Scalar) v.get("flag")).value());
        assertEquals("yes", ((YamlNode.Scalar) v.get("yes-is-text")).value());
        assertNull(((YamlNode.Scalar) v.get("nothing")).value());
        assertEquals("it's \"fine\": really", fm.text("quoted", ""));
        assertEquals("tab\there", fm.text("escaped", ""));
        assertEquals(List.of("l1", "l2"), ((YamlNode.Sequence) v.get("tags")).items().stream().map(YamlNode::display).toList());
        // Shown as written: the float keeps its trailing zero, the octal-looking number its zero.
        assertEquals("010", fm.shown().get("count"));
        assertEquals("1.50", fm.shown().get("ratio"));
        assertEquals("", fm.shown().get("nothing"));
        assertEquals("Ada, name: Grace; role: reviewer", fm.shown().get("authors"));
        assertEquals("one two\n", fm.text("folded", ""));
        assertEquals(LocalDate.of(2024, 5, 31), fm.settings().date());
        assertEquals("2024-05-31", fm.shown().get("date"), "a date is shown as written");
    }

    @Test
    void siteKeysAreReadTypedAndNotShown() {
        FrontMatter fm = FrontMatter.parse("---\ntitle: \"Lasso: the L1 penalty\"\nweight: -5\nnav: Lasso\ndraft: false\n"
                + "description: Why L1 gives zeros.\nlang: pt-BR\ndate: 2025-02-18 05:31:26\nauthor: Ada\n---\n", "content/a.md");
        assertEquals(new PageSettings("Lasso: the L1 penalty", "Why L1 gives zeros.", -5, "Lasso", true, false, "pt-BR",
                LocalDate.of(2025, 2, 18)), fm.settings());
        assertEquals(Map.of("date", "2025-02-18 05:31:26", "author", "Ada"), fm.shown());
        assertFalse(FrontMatter.parse("---\nnav: false\n---\n", "a.md").settings().inNav());
        assertTrue(FrontMatter.parse("---\ndraft: true\n---\n", "a.md").settings().draft());
        assertEquals("2024", FrontMatter.parse("---\ntitle: 2024\n---\n", "a.md").settings().title(), "a number is fine as a title");
    }

    @Test
    void noFrontMatterAndEmptyFrontMatter() {
        FrontMatter none = FrontMatter.parse("# Just text\n", "a.md");
        assertEquals(Map.of(), none.values());
        assertEquals(0, none.lineCount());
        FrontMatter empty = FrontMatter.parse("---\n# only a comment\n---\n# Title\n", "a.md");
        assertEquals(Map.of(), empty.values());
        assertEquals(3, empty.lineCount());
        assertEquals(2, FrontMatter.parse("---\n...\ntext\n", "a.md").lineCount(), "YAML's document end closes the block too");
    }

    @Test
    void bodyKeepsFileLineNumbers() {
        SourcePage page = ContentLoader.page("a.md", "content/a.md", null, "---\ntitle: T\n---\nline four\n");
        assertEquals("\n\n\nline four\n", page.body());
    }

    @Test
    void invalidYamlStopsAtTheLineAndColumnOfTheMarkdownFile() {
        assertEquals("content/a.md:2:8: front matter: while parsing a flow sequence: expected ',' or ']', but got the end "
                + "of the front matter", error("---\ntitle: [unclosed\n---\n# T\n"));
        assertEquals("content/a.md:3:1: front matter: while scanning a simple key: could not find expected ':'; write each "
                + "setting as 'key: value'", error("---\ntitle: Home\nauthor Cong Le\n---\n"));
        assertEquals("content/a.md:2:9: front matter: mapping values are not allowed here; quote a value that contains ': ', "
                + "e.g. title: \"Lasso: the L1 penalty\"", error("---\nauthor: : :\n---\n"));
        assertEquals("content/a.md:3:10: front matter: while scanning a quoted scalar: found unexpected end of the front matter",
                error("---\ntitle: T\nversion: \"1.0\n---\n"));
        assertEquals("content/a.md:3:1: front matter: key 'title' appears twice (first on line 2); keep one",
                error("---\ntitle: A\ntitle: B\n---\n"));
        assertEquals("content/a.md:2:8: front matter: unknown tag !secret; YAML's core schema has !!str, !!int, !!float, "
                + "!!bool and !!null (or write the value without a tag)", error("---\ntoken: !secret x\n---\n"));
        assertEquals("content/a.md:2:4: front matter: 'abc' is not a whole number", error("---\nn: !!int abc\n---\n"));
    }

    @Test
    void frontMatterMustBeAMapAndClosed() {
        assertEquals("content/a.md:2:1: front matter must be 'key: value' lines (a map), but it is a list", error("---\n- a\n- b\n---\n"));
        assertEquals("content/a.md:2:1: front matter must be 'key: value' lines (a map), but it is text ('just a sentence')",
                error("---\njust a sentence\n---\n"));
        assertEquals("content/a.md:1: front matter starts with '---' but has no closing '---' line; add one after the front "
                + "matter (or, for a rule at the top of the page, write *** instead)", error("---\ntitle: T\n\nSome text\n"));
    }

    @Test
    void wrongTypesForKnownKeysNameTheKeyTheValueAndWhatIsAllowed() {
        assertEquals("content/a.md:3:9: front matter: weight must be a whole number, e.g. weight: 10, got text 'abc'",
                error("---\ntitle: T\nweight: abc\n---\n"));
        assertEquals("content/a.md:2:9: front matter: weight must be a whole number, e.g. weight: 10, got a number '2.5'",
                error("---\nweight: 2.5\n---\n"));
        assertEquals("content/a.md:2:8: front matter: draft must be true or false, got text 'maybe'", error("---\ndraft: maybe\n---\n"));
        assertEquals("content/a.md:2:8: front matter: draft must be true or false, got text 'yes' (YAML 1.2 reads yes as text)",
                error("---\ndraft: yes\n---\n"));
        assertEquals("content/a.md:2:6: front matter: nav must be the page's label in the navigation, or false to leave the page "
                + "out of it, got true or false 'true'", error("---\nnav: true\n---\n"));
        assertEquals("content/a.md:2:8: front matter: title must be text, got a list", error("---\ntitle: [a, b]\n---\n"));
        assertEquals("content/a.md:2:7: front matter: title must be text, got nothing", error("---\ntitle:\n---\n"));
        assertEquals("content/a.md:2:7: front matter: date must be a date such as 2025-02-18, optionally with a time "
                + "(2025-02-18 05:31 or 2025-02-18T05:31:26Z), got text 'May 31'", error("---\ndate: May 31\n---\n"));
        assertEquals("content/a.md:2:7: front matter: date 2025-02-30 is not a day of the calendar", error("---\ndate: 2025-02-30\n---\n"));
        assertEquals("content/a.md:2:7: front matter: lang must be a language tag such as en, de or pt-BR, got 'English'",
                error("---\nlang: English\n---\n"));
    }
}
