package reglab.site.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small built site written by hand, with what the bundler must handle: a stylesheet with two
 * font faces (one used, one not; WOFF2 and WOFF sources), a theme script keeping its choice in
 * localStorage, a search script reading an index script, an inline SVG, a local image, links
 * between pages in two folders, an external link, and a script that fetches a site file at run
 * time (which only the single-file edition allows: Chrome refuses fetch from file://). The fonts are KaTeX's, taken from the build's vendored copy.
 */
final class FixtureSite {

    private FixtureSite() {
    }

    static Path write(Path root) throws IOException {
        page(root, "index.html", "Fixture home", """
                <h1 id="top">Fixture home</h1>
                <p class="katex">formula</p>
                <svg id="diagram" role="img" viewBox="0 0 10 10"><title>box</title><rect width="10" height="10"/></svg>
                <p><img id="badge" src="img/badge.svg" alt="badge"></p>
                <p><a id="to-license" href="LICENSE.html">License</a> <a id="to-sub" href="guide/page.html#part">Guide part</a>
                <a id="external" href="https://creativecommons.org/licenses/by/4.0/">CC</a></p>
                <p id="fetched"></p>
                <button id="go" onclick="location.href = 'LICENSE.html#license'">Go</button>
                <script>fetch('img/badge.svg').then(r => r.text()).then(t => document.getElementById('fetched').textContent = t.length);</script>
                """);
        page(root, "LICENSE.html", "License", "<h1 id=\"license\">MIT License</h1><p>Permission is hereby granted</p>");
        page(root, "guide/page.html", "Guide", """
                <h1>Guide</h1><p style="height:2000px">tall</p><h2 id="part">Part</h2>
                <p><a id="back" href="../index.html#top">Home</a></p>
                """);
        write(root, "assets/site.css", """
                @font-face { font-family: "KaTeX_Size1"; src: url(fonts/KaTeX_Size1-Regular.woff2) format("woff2"), url(fonts/KaTeX_Size1-Regular.woff) format("woff"); }
                @font-face { font-family: "KaTeX_Fraktur"; src: url(fonts/KaTeX_Fraktur-Regular.woff2) format("woff2"); }
                .katex { font: normal 1.21em KaTeX_Size1, \"Times New Roman\", serif; }
                .mathfrak { font-family: KaTeX_Fraktur; }
                /* url(commented-out.png) */
                body { background: url("../img/badge.svg#x") no-repeat -100px -100px; }
                html[data-theme=dark] body { background-color: #111; color: #eee; }
                """);
        write(root, "assets/site.js", """
                (function () {
                  var saved = localStorage.getItem('theme');
                  if (saved) document.documentElement.dataset.theme = saved;
                  window.toggleTheme = function () {
                    var next = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
                    document.documentElement.dataset.theme = next;
                    localStorage.setItem('theme', next);
                  };
                  window.search = function (word) {
                    return window.SEARCH_INDEX.filter(function (e) { return e.text.indexOf(word) >= 0; })
                        .map(function (e) { return e.href; });
                  };
                })();
                """);
        write(root, "assets/search-index.js",
                "window.SEARCH_INDEX=[{\"href\":\"LICENSE.html#license\",\"text\":\"Permission is hereby granted\"}];\n");
        write(root, "img/badge.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\"><rect width=\"20\" height=\"20\" fill=\"green\"/></svg>\n");
        // The vendored copy has WOFF2 only; the ".woff" source is never loaded, just pruned.
        for (String font : new String[] {"KaTeX_Size1-Regular.woff2", "KaTeX_Size1-Regular.woff", "KaTeX_Fraktur-Regular.woff2"}) {
            String source = font.endsWith(".woff") ? font + "2" : font;
            try (InputStream in = FixtureSite.class.getResourceAsStream("/reglab/vendor/katex/fonts/" + source)) {
                if (in == null) {
                    throw new IOException("the build's vendored KaTeX font " + font + " is missing (run mvn compile)");
                }
                Path target = root.resolve("assets/fonts/" + font);
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
        return root;
    }

    static void page(Path root, String path, String title, String body) throws IOException {
        String prefix = "../".repeat((int) path.chars().filter(c -> c == '/').count());
        write(root, path, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + prefix + "assets/site.css\">\n"
                + "<script src=\"" + prefix + "assets/site.js\"></script>\n"
                + "<script src=\"" + prefix + "assets/search-index.js\"></script>\n"
                + "</head><body><main>\n" + body + "\n</main>\n"
                + "<footer><p>Regularization Techniques in Machine Learning by Cong Le, CC BY 4.0</p></footer></body></html>\n");
    }

    static void write(Path root, String path, String text) throws IOException {
        Path target = root.resolve(path);
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8);
    }
}
