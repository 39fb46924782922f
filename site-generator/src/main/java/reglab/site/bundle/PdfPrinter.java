package reglab.site.bundle;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.Margin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import reglab.site.SiteException;
import reglab.site.html.HtmlReferences;
import reglab.site.html.Reference;
import reglab.site.render.browser.HeadlessChromium;
import reglab.site.url.SitePaths;
import reglab.site.url.Url;

/**
 * Writes the PDF edition: the site's main page opened from disk in headless Chromium, with
 * {@code print-transform.js} applied (table of contents first, experiments as a note with the link
 * to the lab, the license pages appended), printed with Playwright's {@code page.pdf} on A4 with
 * the document's title in the header and page numbers in the footer. The diagrams and formulas are
 * already in the page (rendered at build time), so print needs no script of its own.
 */
final class PdfPrinter {

    /** Note printed in place of each experiment; where the lab is follows it. */
    static final String LAB_NOTE = "in the web edition this experiment trains right here, beside the text.";

    private PdfPrinter() {
    }

    /**
     * @param baseUrl the site's public address, or null: links to pages the PDF does not carry (and the
     *                experiments' notes) point there; without it they are printed as plain text
     * @return how many headings the table of contents lists
     */
    static int print(HeadlessChromium chromium, BuiltSite site, Path pdf, String baseUrl) {
        String siteBase = baseUrl == null ? null : baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        String labHref = labHref(site, siteBase);
        List<Map<String, String>> appendix = new ArrayList<>();
        for (String page : licensePages(site)) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("path", page);
            entry.put("html", site.text(page));
            appendix.add(entry);
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("labNote", LAB_NOTE + (labHref == null
                ? " Try it on the Lab page of the single-file or zip edition (lab.html)." : " Try it in the lab:"));
        args.put("labHref", labHref);
        args.put("siteBase", siteBase);
        args.put("appendix", appendix);
        args.put("tocTitle", "Contents");
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(site.root().resolve("index.html").toUri().toString());
            page.waitForLoadState(LoadState.LOAD);
            Object result = page.evaluate(SingleFileWriter.resource("print-transform.js"), args);
            String title = String.valueOf(page.title());
            page.pdf(new Page.PdfOptions()
                    .setPath(pdf)
                    .setFormat("A4")
                    .setPrintBackground(true)
                    .setOutline(true)
                    .setTagged(true)
                    .setDisplayHeaderFooter(true)
                    .setHeaderTemplate("<div style=\"font-size:8px;width:100%;text-align:center;color:#666\">"
                            + escape(title) + "</div>")
                    .setFooterTemplate("<div style=\"font-size:8px;width:100%;text-align:center;color:#666\">"
                            + "<span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></div>")
                    .setMargin(new Margin().setTop("18mm").setBottom("18mm").setLeft("16mm").setRight("16mm")));
            return ((Number) ((Map<?, ?>) result).get("headings")).intValue();
        } catch (com.microsoft.playwright.PlaywrightException e) {
            throw new SiteException("bundle: printing the PDF failed: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** The online lab page for the experiments' notes: the built site's lab page under {@code siteBase}. */
    static String labHref(BuiltSite site, String siteBase) {
        if (siteBase == null) {
            return null;
        }
        for (String page : new String[] {"lab.html", "lab/index.html"}) {
            if (site.exists(page)) {
                return siteBase + page;
            }
        }
        return siteBase;
    }

    /**
     * The license pages, which the PDF carries as appendices: pages the main page links to whose
     * path contains "license", in the order the main page links them.
     */
    static List<String> licensePages(BuiltSite site) {
        List<String> out = new ArrayList<>();
        for (Reference r : HtmlReferences.find("index.html", site.text("index.html"))) {
            Url url = r.url();
            if (r.resource() || !url.kind().namesFile()) {
                continue;
            }
            String target = url.resolve("index.html").file("index.html");
            if (SitePaths.isPage(target) && target.toLowerCase(Locale.ROOT).contains("license") && site.exists(target) && !out.contains(target)) {
                out.add(target);
            }
        }
        return out;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
