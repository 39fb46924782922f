package reglab.site.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import reglab.site.SiteException;

/**
 * Makes the license pages a licensed page links to, {@code LICENSE} (the MIT text with the
 * document's own copyright line) and {@code LICENSE-CC-BY} (the CC BY 4.0 legal code), from the
 * license texts of the npm package {@code spdx-license-list} that the Maven build copies to
 * {@code /reglab/vendor/licenses/}. A page the content folder already has is left alone.
 */
public final class LicensePages {

    /** Content path of the MIT page (the document links to {@code LICENSE}). */
    public static final String MIT_PAGE = "LICENSE.md";
    /** Content path of the CC BY 4.0 page (the document links to {@code LICENSE-CC-BY}). */
    public static final String CC_BY_PAGE = "LICENSE-CC-BY.md";

    private LicensePages() {
    }

    /** {@code pages} plus the license pages that some page's front matter calls for and that do not exist yet. */
    public static List<SourcePage> addTo(List<SourcePage> pages) {
        Set<String> existing = pages.stream().map(SourcePage::path).collect(Collectors.toSet());
        SourcePage licensed = licensedPage(pages);
        List<SourcePage> out = new ArrayList<>(pages);
        if (licensed == null) {
            return out;
        }
        String licenses = licensed.frontMatter().licenses().toUpperCase(Locale.ROOT);
        if (licenses.contains("MIT") && !existing.contains(MIT_PAGE)) {
            String copyright = licensed.frontMatter().text("copyright", "").strip();
            String text = vendorText("MIT.txt");
            if (!copyright.isEmpty()) {
                text = text.replaceFirst("(?m)^Copyright \\(c\\) <year> <copyright holders>[ \\t]*$",
                        java.util.regex.Matcher.quoteReplacement(copyright));
            }
            out.add(generated(MIT_PAGE, "MIT License",
                    "The document licenses its code implementations under the MIT License:",
                    text));
        }
        if (licenses.contains("CC BY") && !existing.contains(CC_BY_PAGE)) {
            out.add(generated(CC_BY_PAGE, "Creative Commons Attribution 4.0 International",
                    "The document's text, explanations, diagrams and illustrations are licensed under "
                            + "the Creative Commons Attribution 4.0 International License (CC BY 4.0), whose legal code follows. "
                            + "The official version is at creativecommons.org/licenses/by/4.0/legalcode.",
                    vendorText("CC-BY-4.0.txt")));
        }
        return out;
    }

    /** The page whose front matter declares a license (the licensed document), or null. */
    public static SourcePage licensedPage(List<SourcePage> pages) {
        for (SourcePage p : pages) {
            if (!p.generated() && !p.frontMatter().licenses().isEmpty()) {
                return p;
            }
        }
        return null;
    }

    private static SourcePage generated(String path, String title, String intro, String licenseText) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(title)).append("\n\n").append(escape(intro)).append("\n\n");
        md.append("<div class=\"license-text\">\n\n");
        for (String paragraph : licenseText.strip().split("\\n\\s*\\n")) {
            String p = paragraph.strip().replaceAll("\\s*\\n\\s*", " ");
            if (p.isEmpty() || p.equals(title)) {
                continue;
            }
            md.append(isHeading(p) ? "## " : "").append(escape(p)).append("\n\n");
        }
        md.append("</div>\n");
        FrontMatter fm = FrontMatter.titled(title);
        return new SourcePage(path, "(generated) " + path, null, fm, md.toString(), true);
    }

    /**
     * Whether a paragraph of a plain-text license is a section title: "Section 1 – Definitions."
     * or a short line without a closing period ("Using Creative Commons Public Licenses"). Titles
     * become headings, so the license page gets a table of contents.
     */
    static boolean isHeading(String paragraph) {
        if (paragraph.length() > 90 || paragraph.matches("[A-Za-z0-9]{1,4}\\.\\s.*")) {
            return false;
        }
        return paragraph.matches("Section \\d+ [–-] .*") || !paragraph.matches(".*[.:;,]$") && !paragraph.startsWith("Copyright");
    }

    /** Backslash-escapes Markdown punctuation so license text renders literally. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_{}[]#+-.!<>|$~&".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String vendorText(String name) {
        String resource = "/reglab/vendor/licenses/" + name;
        try (InputStream in = LicensePages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new SiteException("license text " + resource + " is missing from the build; it comes from the npm "
                        + "package spdx-license-list during the Maven build: run 'mvn -pl site-generator package'");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
