package reglab.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import reglab.site.SiteException;

/** content/site.yml: its keys, its nav entries, and one-line errors at the entry's line and column. */
class SiteConfigTest {

    private static final String FILE = "content/site.yml";

    private static String error(String yaml) {
        return assertThrows(SiteException.class, () -> SiteConfig.parse(yaml, FILE)).getMessage();
    }

    private static String navError(String yaml) {
        SiteConfig config = SiteConfig.parse(yaml, FILE);
        return assertThrows(SiteException.class, () -> config.checkNav(
                Set.of("index.md", "lab.md", "guide/index.md", "guide/setup.md", "guide/advanced/tuning.md"),
                Set.of("notes.md"), Set.of("changelog.md"))).getMessage();
    }

    @Test
    void readsEveryKey() {
        SiteConfig c = SiteConfig.parse("""
                title: Regularization in practice
                base_url: https://example.org/reglab
                repository: https://github.com/example/reglab
                footer: "© 2025 The authors"
                nav:
                  - index.md
                  - guide/:
                      - setup.md
                      - advanced/
                  - ./lab.md
                """, FILE);
        assertEquals("Regularization in practice", c.title());
        assertEquals("https://example.org/reglab/", c.baseUrl(), "the base URL ends in a slash");
        assertEquals("https://github.com/example/reglab", c.repository());
        assertEquals("© 2025 The authors", c.footer());
        assertEquals(List.of("index.md", "guide/", "lab.md"), c.nav().stream().map(SiteConfig.NavEntry::path).toList());
        assertEquals(List.of("guide/setup.md", "guide/advanced/"), c.nav().get(1).children().stream().map(SiteConfig.NavEntry::path).toList());
        assertEquals(8, c.nav().get(1).children().get(0).at().line());
        c.checkNav(Set.of("index.md", "lab.md", "guide/setup.md", "guide/advanced/tuning.md"), Set.of(), Set.of());
    }

    @Test
    void anEmptyFileIsNoSettings() {
        SiteConfig c = SiteConfig.parse("# nothing yet\n", FILE);
        assertEquals(List.of(), c.nav());
        assertEquals(null, c.title());
    }

    @Test
    void unknownKeysAndWrongTypesNameTheirLine() {
        assertEquals("content/site.yml:2:1: site file: unknown key 'titel' (did you mean 'title'?); the keys are title, base_url, "
                + "repository, footer, nav", error("footer: x\ntitel: Docs\n"));
        assertEquals("content/site.yml:1:1: site file: unknown key 'site_name'; the keys are title, base_url, repository, footer, nav",
                error("site_name: Docs\n"));
        assertEquals("content/site.yml:1:8: site file: title must be text, got a list", error("title: [a]\n"));
        assertEquals("content/site.yml:1:11: site file: base_url must be an absolute http(s) URL such as https://example.org/docs/, "
                + "got 'example.org'", error("base_url: example.org\n"));
        assertEquals("content/site.yml:1:13: site file: repository must be an absolute http(s) URL such as "
                + "https://github.com/owner/project, got 'git@github.com:o/r.git'", error("repository: git@github.com:o/r.git\n"));
        assertEquals("content/site.yml:1:6: site file: nav must be a list of pages and folders ('- lab.md', '- guide/'), got text 'lab.md'",
                error("nav: lab.md\n"));
        assertEquals("content/site.yml:1:1: site file: expected 'key: value' lines (a map) with the keys title, base_url, repository, "
                + "footer, nav, but it is a list", error("- index.md\n"));
        assertEquals("content/site.yml:2:1: site file: key 'nav' appears twice (first on line 1); keep one", error("nav: []\nnav: []\n"));
    }

    @Test
    void malformedNavEntries() {
        assertEquals("content/site.yml:3:5: site file: a nav entry is a page ('lab.md'), a folder ('guide/') or a folder with its "
                + "order ('guide/: [install.md, setup.md]'), got a whole number '3'", error("nav:\n  - index.md\n  - 3\n"));
        assertEquals("content/site.yml:2:5: site file: nav entry 'lab' must be a Markdown page ('lab.md') or a folder ('guide/'), "
                + "written from the content folder", error("nav:\n  - lab\n"));
        assertEquals("content/site.yml:2:5: site file: only a folder ('lab.md/') can have a list of its own pages",
                error("nav:\n  - lab.md: [a.md]\n"));
        assertEquals("content/site.yml:2:5: site file: nav entry 'guide/setup.md' is in the folder guide/, which is a section: list "
                + "the folder ('- guide/') or give its order ('- guide/: [...]')", error("nav:\n  - guide/setup.md\n"));
        assertEquals("content/site.yml:3:7: site file: nav entry '../lab.md' must be a Markdown page ('lab.md') or a folder "
                + "('guide/'), written from its folder guide/", error("nav:\n  - guide/:\n    - ../lab.md\n"));
    }

    @Test
    void navEntriesMustNameBuiltPagesOnce() {
        assertEquals("content/site.yml:3:5: site file: nav names 'labs.md', but there is no such page (did you mean 'lab.md'?); "
                + "pages in the content folder: index.md, lab.md", navError("nav:\n  - index.md\n  - labs.md\n"));
        assertEquals("content/site.yml:3:7: site file: nav names 'guide/setp.md', but there is no such page (did you mean "
                + "'guide/setup.md'?); pages in guide/: guide/index.md, guide/setup.md", navError("nav:\n  - guide/:\n    - setp.md\n"));
        assertEquals("content/site.yml:2:5: site file: nav names the folder 'api/', which has no pages in the content folder",
                navError("nav:\n  - api/\n"));
        assertEquals("content/site.yml:2:5: site file: nav names 'notes.md', a draft (draft: true), which is not built; remove it "
                + "from nav or publish it", navError("nav:\n  - notes.md\n"));
        assertEquals("content/site.yml:2:5: site file: nav names 'changelog.md', whose front matter says nav: false; remove one of "
                + "the two", navError("nav:\n  - changelog.md\n"));
        assertEquals("content/site.yml:3:5: site file: nav lists 'lab.md' twice (also on line 2); keep one",
                navError("nav:\n  - lab.md\n  - lab.md\n"));
    }
}
