package reglab.site.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reglab.applet.catalogue.Catalogue;
import reglab.applet.catalogue.SpecText;
import reglab.applet.run.Run;
import reglab.site.render.browser.HeadlessChromium;

/**
 * {@code ./reglab bundle} on the real content, end to end: the site is built and bundled once for
 * the class, then each edition is opened (or read back) the way a reader would: the single file
 * and the unpacked zip from {@code file://} in Chromium, the PDF with PDFBox.
 */
class OfflineEditionsTest {

    @TempDir
    static Path dir;
    static HeadlessChromium chromium;
    static BundleResult result;
    static String progress;
    static int experiments;

    @BeforeAll
    static void bundle() {
        chromium = HeadlessChromium.launch();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        result = OfflineEditions.make(contentFolder(), dir.resolve("dist"), null, null, chromium,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        progress = log.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    static Path contentFolder() {
        Path here = Path.of("").toAbsolutePath();
        Path content = here.resolve("content");
        return Files.isDirectory(content) ? content : here.getParent().resolve("content");
    }

    @Test
    void theBuildsRemoteBadgesAreListedAndNoneRemain() {
        assertTrue(progress.contains("https://img.shields.io/badge/License-MIT-yellow.svg -> "), progress);
        assertTrue(progress.contains("https://licensebuttons.net/l/by/4.0/88x31.png -> "), progress);
        assertTrue(progress.contains("no remote resources, no missing assets"), progress);
        assertTrue(result.pages().containsAll(java.util.List.of("index.html", "LICENSE.html", "LICENSE-CC-BY.html")),
                result.pages().toString());
    }

    @Test
    void singleFileWorksFromDisk() throws IOException {
        System.out.printf("single file: %,d bytes, gzipped %,d bytes%n", result.singleFileBytes(), result.singleFileGzipped());
        assertTrue(result.singleFileBytes() < 2_500_000, "single file over 2.5 MB: " + result.singleFileBytes());
        try (BrowserContext context = chromium.browser().newContext()) {
            OfflineChecks checks = new OfflineChecks(context);
            Page page = context.newPage();
            page.navigate(result.singleFile().toUri().toString());
            Frame doc = pageFrame(page);
            OfflineChecks.diagramsFormulasAndFonts(doc);
            // The shell is a windows-1252 document (its byte section); the pages stay UTF-8 text.
            assertEquals("windows-1252", String.valueOf(page.evaluate("document.characterSet")));
            assertEquals("UTF-8", String.valueOf(doc.evaluate("document.characterSet")));
            assertEquals(true, doc.evaluate("t => document.body.textContent.includes(t)", "J(\u03b8)"), "a diagram's non-ASCII text");
            assertEquals(experimentsInBuiltIndex(), OfflineChecks.everyExperimentTrains(doc, "wasm-gc"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/bundle-single-file.png")));

            String before = String.valueOf(doc.evaluate("document.documentElement.dataset.theme"));
            doc.locator(".theme-toggle").click();
            String toggled = String.valueOf(doc.evaluate("document.documentElement.dataset.theme"));
            assertFalse(toggled.equals(before), "theme toggle");

            OfflineChecks.searchFindsTheLastSection(doc, () -> pageFrame(page));

            // The attribution's license links lead to the full texts, inside the file.
            pageFrame(page).locator(".attribution a", new Frame.LocatorOptions().setHasText("MIT License")).click();
            page.waitForFunction("() => location.hash === '#/LICENSE.html'");
            Frame mit = pageFrame(page);
            mit.waitForSelector("text=Permission is hereby granted");
            assertEquals(toggled, String.valueOf(mit.evaluate("document.documentElement.dataset.theme")),
                    "the theme choice carries to the next page");
            mit.locator(".attribution a", new Frame.LocatorOptions().setHasText("CC BY 4.0")).click();
            page.waitForFunction("() => location.hash === '#/LICENSE-CC-BY.html'");
            pageFrame(page).waitForSelector("text=Attribution 4.0 International");
            assertTrue(pageFrame(page).locator("text=Creative Commons Corporation").count() > 0);
            page.goBack();
            page.waitForFunction("() => location.hash === '#/LICENSE.html'");

            // The Lab page gathers the experiments (each kind once; the main page may show one kind
            // in two sections): they train there too.
            page.evaluate("location.hash = '#/lab.html'");
            page.waitForFunction("() => document.getElementById('reglab-page').dataset.page === 'lab.html'");
            assertTrue(OfflineChecks.everyExperimentTrains(pageFrame(page), "wasm-gc") >= experimentKindsInBuiltIndex());

            // Every page opens by its address; an unknown one shows the site's 404 page.
            for (String path : result.pages()) {
                page.evaluate("p => location.hash = '#/' + p", path);
                page.waitForFunction("p => document.getElementById('reglab-page').dataset.page === p", path);
                assertTrue(pageFrame(page).locator("main").count() == 1, path);
            }
            page.evaluate("location.hash = '#/no-such-page.html'");
            page.waitForFunction("() => document.getElementById('reglab-page').dataset.page === '404.html'");

            // A plain fragment names a section of the main page, as on the site.
            page.navigate(result.singleFile().toUri() + "#conclusion");
            Frame home = pageFrame(page);
            home.waitForFunction("() => location.hash === '#conclusion' && scrollY > 0");
            checks.nothingRemoteNoErrors();
        }
    }

    @Test
    void singleFileCarriesEachBackendOnceAndOnlyTheFontsInUse() throws IOException {
        BundlePayload payload = new BundlePayload(Files.readAllBytes(result.singleFile()));
        String html = payload.shell;
        assertTrue(payload.assets.containsKey("assets/applet/reglab-applet-bytes.js"), payload.assets.keySet().toString());
        assertTrue(payload.assets.containsKey("assets/applet/reglab-applet-js.js"), "the JS fallback for browsers without WasmGC");
        assertFalse(payload.assets.containsKey("assets/applet/reglab-applet.wasm"), "the module travels once, as its bytes script");
        assertEquals(1, html.split("\"path\":\"assets/applet/reglab-applet-js.js\"", -1).length - 1);
        assertTrue(payload.assets.containsKey("assets/applet/reglab-digits.js"),
                "the augmentation experiment's digits, which the loader adds at run time");
        String katex = payload.assets.get("assets/vendor/katex/katex.min.css");
        assertFalse(katex.contains("format(\"woff\")") || katex.contains("format(\"truetype\")"), "WOFF2 only");
        java.util.List<String> faces = java.util.regex.Pattern.compile("@font-face\\{[^}]*font-family:(KaTeX_\\w+)")
                .matcher(katex).results().map(m -> m.group(1)).distinct().toList();
        assertTrue(faces.contains("KaTeX_Main") && faces.contains("KaTeX_Math"), faces.toString());
        assertFalse(faces.contains("KaTeX_Fraktur"), "no formula of the document uses Fraktur: " + faces);
        assertFalse(katex.contains("url(fonts/"), "every font the stylesheet keeps is inside it");
        // The document's formulas use no \\mathbf, \\boldsymbol or \\textbf (no such class in its pages),
        // so no bold face travels; its variables are italic (KaTeX_Math italic, class mathnormal).
        String pages = String.join("", payload.pages.values());
        assertFalse(pages.contains("mathbf") || pages.contains("boldsymbol") || pages.contains("textbf"));
        java.util.List<String> bold = java.util.regex.Pattern.compile("@font-face\\{[^}]*font-weight:(700|bold)[^}]*}")
                .matcher(katex).results().map(m -> m.group()).toList();
        assertTrue(bold.isEmpty(), "bold faces no formula shows: " + bold.size());
        assertTrue(java.util.regex.Pattern.compile("@font-face\\{[^}]*font-family:KaTeX_Math;font-style:italic;font-weight:400")
                .matcher(katex).find(), "the variables' face is kept");
    }

    @Test
    void singleFileExperimentsTrainWithTheJavaScriptFallbackWhereWasmGcIsMissing() {
        try (BrowserContext context = chromium.browser().newContext()) {
            // As in a browser without WebAssembly GC: the loader's feature test fails.
            context.addInitScript("WebAssembly.validate = () => false;");
            OfflineChecks checks = new OfflineChecks(context);
            Page page = context.newPage();
            page.navigate(result.singleFile().toUri().toString());
            assertEquals(experimentsInBuiltIndex(), OfflineChecks.everyExperimentTrains(pageFrame(page), "js"));
            checks.nothingRemoteNoErrors();
        }
    }

    /**
     * The single file's pages run an experiment's parts in Web Workers (started from blob: URLs
     * inside the page frame), with the numbers the JVM computes for the same spec.
     */
    @Test
    void singleFileRunsPartsInWorkers() {
        String spec = "experiment=batchnorm&layers=2&units=4&rates=0.1,1&gains=0.5,2&epochs=3&seed=3";
        Run jvm = Catalogue.run(SpecText.parseQuery(spec));
        while (jvm.advance()) {
            // every part on this thread
        }
        try (BrowserContext context = chromium.browser().newContext()) {
            OfflineChecks checks = new OfflineChecks(context);
            Page page = context.newPage();
            page.navigate(result.singleFile().toUri() + "?reglab-workers=2#/lab.html");
            Frame lab = pageFrame(page);
            lab.evaluate("() => window.reglab.ready");
            assertEquals(jvm.resultJson(), lab.evaluate("s => reglab.train(s).then(r => JSON.stringify(r))", spec));
            @SuppressWarnings("unchecked")
            Map<String, Object> stats = (Map<String, Object>) lab.evaluate("() => reglab.workerStats()");
            assertEquals(2, ((Number) stats.get("started")).intValue(), stats.toString());
            assertEquals(0, ((Number) stats.get("main")).intValue(), "every part ran in a worker: " + stats);
            // the page's own experiments share their parts too, so the workers ran at least these 8
            assertTrue(((List<?>) stats.get("parts")).stream()
                    .mapToInt(n -> ((Number) n).intValue()).sum() >= 8, stats.toString());
            checks.nothingRemoteNoErrors();
        }
    }

    @Test
    void singleFileAddressKeepsTheExperimentSettings() {
        try (BrowserContext context = chromium.browser().newContext()) {
            OfflineChecks checks = new OfflineChecks(context);
            Page page = context.newPage();
            page.navigate(result.singleFile().toUri() + "?playground.dataset=xor#/lab.html");
            Frame lab = pageFrame(page);
            lab.evaluate("() => window.reglab.ready");
            var dataset = lab.locator(".reglab-applet[data-reglab-id=playground] select").first();
            assertEquals("xor", dataset.inputValue(), "a shared link's settings reach the experiment");
            dataset.selectOption("circle");
            page.waitForFunction("() => location.search.includes('playground.dataset=circle')");
            assertTrue(page.url().endsWith("#/lab.html"), page.url());
            page.evaluate("location.hash = '#/index.html'");
            page.waitForFunction("() => document.getElementById('reglab-page').dataset.page === 'index.html'");
            assertEquals("", page.evaluate("location.search"), "another page starts without them");
            checks.nothingRemoteNoErrors();
        }
    }

    @Test
    void unpackedZipWorksFromDisk() throws IOException {
        Path unpacked = dir.resolve("unpacked");
        try (InputStream in = Files.newInputStream(result.zip()); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                Path target = unpacked.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(unpacked), e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
        Path folder = unpacked.resolve(Bundler.ZIP_FOLDER);
        assertTrue(Files.exists(folder.resolve("LICENSE.html")) && Files.exists(folder.resolve("LICENSE-CC-BY.html")));
        try (BrowserContext context = chromium.browser().newContext()) {
            OfflineChecks checks = new OfflineChecks(context);
            Page page = context.newPage();
            page.navigate(folder.resolve("index.html").toUri().toString());
            OfflineChecks.diagramsFormulasAndFonts(page.mainFrame());
            assertEquals(experimentsInBuiltIndex(), OfflineChecks.everyExperimentTrains(page.mainFrame(), "wasm-gc"));
            OfflineChecks.searchFindsTheLastSection(page.mainFrame(), page::mainFrame);
            page.navigate(folder.resolve("LICENSE-CC-BY.html").toUri().toString());
            page.waitForSelector("text=Attribution 4.0 International");
            for (String path : result.pages()) {
                page.navigate(folder.resolve(path).toUri().toString());
                assertEquals(1, page.locator("main").count(), path);
            }
            checks.nothingRemoteNoErrors();
        }
    }

    @Test
    void pdfHasTheDocumentWithContentsPageNumbersAndLicenses() throws IOException {
        try (PDDocument pdf = PDDocument.load(result.pdf().toFile())) {
            int pages = pdf.getNumberOfPages();
            System.out.printf("pdf: %d pages, %,d bytes%n", pages, result.pdfBytes());
            assertTrue(pages >= 15 && pages <= 60, "page count " + pages);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String heading : new String[] {"Contents", "Regularization Techniques in Machine Learning",
                    "Overview of Overfitting", "Mathematical Foundations", "Elastic Net Regularization",
                    "Summary Diagram of Regularization Techniques"}) {
                assertTrue(text.contains(heading), "PDF text lacks " + heading);
            }
            assertTrue(text.contains("Model Complexity") && text.contains("Optimal Complexity"),
                    "the first diagram's labels are in the PDF");
            assertEquals(2, text.split("Regularization Techniques in Machine Learning” by Cong Le", -1).length,
                    "the attribution, once");
            assertTrue(text.contains("licensed under CC BY 4.0"), "attribution names the license");
            assertTrue(text.contains("Permission is hereby granted") && text.contains("Attribution 4.0 International"),
                    "the license texts are appended");
            assertTrue(text.contains("1 / " + pages) && text.contains(pages + " / " + pages), "page numbers");
            assertEquals(experimentsInBuiltIndex(), text.split("Live experiment: ", -1).length - 1,
                    "each experiment is a note in the PDF");
            assertTrue(text.contains(PdfPrinter.LAB_NOTE.substring(0, 40)), "the note points to the lab");
            boolean katexFont = false;
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    katexFont |= page.getResources().getFont(name).getName().contains("KaTeX");
                }
            }
            assertTrue(katexFont, "formulas are set in KaTeX's fonts");
        }
        assertTrue(result.tocEntries() > 30, "table of contents entries: " + result.tocEntries());
    }

    /**
     * The PDF is printed from a temporary folder that is gone afterwards: no link may point into it.
     * Without a public address, the license links lead to the appended texts inside the PDF.
     */
    @Test
    void pdfLinksLeadNowhereOnDisk() throws IOException {
        PdfLinks links = PdfLinks.read(result.pdf());
        assertTrue(links.uris().stream().noneMatch(u -> u.startsWith("file:")), "links into the print folder: "
                + links.uris().stream().filter(u -> u.startsWith("file:")).toList());
        assertTrue(links.uris().stream().anyMatch(u -> u.startsWith("http")), "the document's web links stay: " + links.uris());
        assertTrue(links.internal() > 30, "contents and license links within the PDF: " + links.internal());
    }

    /**
     * The experiments on the built main page, counted in the zip's copy of it (the built site as
     * {@code ./reglab build} wrote it): the document shows at least one.
     */
    static int experimentsInBuiltIndex() {
        if (experiments > 0) {
            return experiments;
        }
        try (InputStream in = Files.newInputStream(result.zip()); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(Bundler.ZIP_FOLDER + "/index.html")) {
                    String html = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    int n = html.split("class=\"reglab-applet\"", -1).length - 1;
                    assertTrue(n > 0, "the built main page has no experiment");
                    System.out.println("experiments on the main page: " + n);
                    experiments = n;
                    return n;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("the zip has no index.html");
    }

    /** The different experiments (by name) on the built main page, in the zip's copy of it. */
    static long experimentKindsInBuiltIndex() {
        try (InputStream in = Files.newInputStream(result.zip()); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(Bundler.ZIP_FOLDER + "/index.html")) {
                    String html = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    return java.util.regex.Pattern.compile("data-reglab-spec=\"experiment=([a-z]+)")
                            .matcher(html).results().map(m -> m.group(1)).distinct().count();
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("the zip has no index.html");
    }

    /** The frame showing the single file's current page, once its content is there. */
    static Frame pageFrame(Page page) {
        page.waitForFunction("() => { const f = document.getElementById('reglab-page');"
                + " return f && f.dataset.page && f.contentDocument && f.contentDocument.readyState === 'complete'; }");
        for (Frame f : page.mainFrame().childFrames()) {
            if (!f.isDetached()) {
                return f;
            }
        }
        throw new AssertionError("the single file shows no page frame");
    }
}
