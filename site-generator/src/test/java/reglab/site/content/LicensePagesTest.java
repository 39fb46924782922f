package reglab.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LicensePagesTest {

    private static SourcePage licensed(String licenses) {
        return ContentLoader.page("index.md", "content/index.md", java.nio.file.Path.of("content/index.md"),
                "---\nlicense(s): " + licenses + "\ncopyright: Copyright (c) 2025 Cong Le. All Rights Reserved.\n---\n# Doc\n");
    }

    @Test
    void addsTheLicensePagesTheFrontMatterNames() {
        List<SourcePage> pages = LicensePages.addTo(List.of(licensed("MIT, CC BY 4.0")));
        assertEquals(List.of("index.md", "LICENSE.md", "LICENSE-CC-BY.md"), pages.stream().map(SourcePage::path).toList());
        SourcePage mit = pages.get(1);
        assertTrue(mit.generated());
        assertTrue(mit.body().contains("Copyright (c) 2025 Cong Le\\. All Rights Reserved\\.\n\nPermission is hereby granted"),
                "the template's copyright line is the document's, in its own paragraph: " + mit.body());
        assertFalse(mit.body().contains("<year>"));
        assertEquals(List.of("index.md", "LICENSE.md"),
                LicensePages.addTo(List.of(licensed("MIT"))).stream().map(SourcePage::path).toList());
    }

    @Test
    void sectionTitlesBecomeHeadings() {
        assertTrue(LicensePages.isHeading("Section 1 – Definitions."));
        assertTrue(LicensePages.isHeading("Using Creative Commons Public Licenses"));
        assertFalse(LicensePages.isHeading("a. Attribution."));
        assertFalse(LicensePages.isHeading("A. reproduce and Share the Licensed Material, in whole or in part; and"));
        assertFalse(LicensePages.isHeading("Creative Commons may be contacted at creativecommons.org."));
    }

    @Test
    void licenseTextIsEscapedSoItRendersLiterally() {
        assertEquals("THE SOFTWARE IS PROVIDED \"AS IS\" \\*not emphasis\\* \\$5 \\[x\\](y) 1\\. \\#",
                LicensePages.escape("THE SOFTWARE IS PROVIDED \"AS IS\" *not emphasis* $5 [x](y) 1. #"));
    }
}
