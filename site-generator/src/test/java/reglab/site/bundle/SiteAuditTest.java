package reglab.site.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reglab.site.SiteException;

/** The audit stage on the hand-made site: clean as written, then broken one way at a time. */
class SiteAuditTest {

    @TempDir
    Path dir;

    @Test
    void cleanSitePassesAndListsItsExternalLinkAndStylesheet() throws IOException {
        SiteAudit.Result r = SiteAudit.run(BuiltSite.open(FixtureSite.write(dir)));
        assertEquals(java.util.List.of("https://creativecommons.org/licenses/by/4.0/"), r.externalLinks());
        assertEquals(java.util.List.of("assets/site.css"), r.stylesheets());
    }

    @Test
    void remoteBadgeStopsTheBundleNamingTheUrlAndThePage() throws IOException {
        FixtureSite.write(dir);
        FixtureSite.page(dir, "guide/badges.html", "Badges",
                "<p><img src=\"https://img.shields.io/badge/License-MIT-yellow.svg\" alt=\"MIT\"></p>");
        SiteException e = assertThrows(SiteException.class, () -> SiteAudit.run(BuiltSite.open(dir)));
        assertTrue(e.getMessage().contains("remote resource <img src> 'https://img.shields.io/badge/License-MIT-yellow.svg'"
                + " in guide/badges.html cannot be bundled"), e.getMessage());
    }

    @Test
    void remoteFontInAStylesheetStopsTheBundle() throws IOException {
        FixtureSite.write(dir);
        Files.writeString(dir.resolve("assets/site.css"), "\n@import url(//fonts.example.org/css);\n",
                java.nio.file.StandardOpenOption.APPEND);
        SiteException e = assertThrows(SiteException.class, () -> SiteAudit.run(BuiltSite.open(dir)));
        assertTrue(e.getMessage().contains("remote resource url() '//fonts.example.org/css' in assets/site.css"), e.getMessage());
    }

    @Test
    void missingImageStopsTheBundleNamingTheFileAndThePage() throws IOException {
        FixtureSite.write(dir);
        Files.delete(dir.resolve("img/badge.svg"));
        SiteException e = assertThrows(SiteException.class, () -> SiteAudit.run(BuiltSite.open(dir)));
        assertTrue(e.getMessage().contains("missing asset: <img src> 'img/badge.svg' in index.html names img/badge.svg,"
                + " which the built site does not have"), e.getMessage());
        assertTrue(e.getMessage().contains("missing asset: url() '../img/badge.svg#x' in assets/site.css"), e.getMessage());
    }

    @Test
    void linkToAMissingPageAndOneOutsideTheSiteAreReported() throws IOException {
        FixtureSite.write(dir);
        FixtureSite.page(dir, "extra.html", "Extra", "<a href=\"gone.html#x\">x</a> <a href=\"../../etc/passwd\">y</a>"
                + " <a href=\"img%2Fbadge.svg\">z</a> <a href=\"100%.html\">%</a>");
        SiteException e = assertThrows(SiteException.class, () -> SiteAudit.run(BuiltSite.open(dir)));
        assertTrue(e.getMessage().contains("(4 problems)"), e.getMessage());
        assertTrue(e.getMessage().contains("<a href> 'img%2Fbadge.svg' in extra.html writes a slash as %2F"), e.getMessage());
        assertTrue(e.getMessage().contains("<a href> '100%.html' in extra.html names 100%.html"), e.getMessage());
        assertTrue(e.getMessage().contains("<a href> 'gone.html#x' in extra.html names gone.html"), e.getMessage());
        assertTrue(e.getMessage().contains("<a href> '../../etc/passwd' in extra.html points outside the site folder"),
                e.getMessage());
    }

    @Test
    void urlsInScriptsAndCommentsAreNotReferences() throws IOException {
        FixtureSite.write(dir);
        FixtureSite.page(dir, "extra.html", "Extra", "<!-- <img src=\"https://x.example/a.png\"> -->"
                + "<script>var s = '<img src=\"https://x.example/b.png\">';</script>"
                + "<pre><code>&lt;img src=\"https://x.example/c.png\"&gt;</code></pre>");
        SiteAudit.run(BuiltSite.open(dir));
    }
}
