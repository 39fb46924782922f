package reglab.site.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reglab.site.SiteException;
import reglab.site.files.MimeTypes;
import reglab.site.html.HtmlReferences;
import reglab.site.html.Reference;
import reglab.site.json.Json;
import reglab.site.url.SitePaths;
import reglab.site.url.Url;

/**
 * Writes the single-file edition: one HTML document holding every page and every file the pages
 * load. Each file is stored once (text as text or {@link Packing gzipped}, binary as base64) and
 * referenced from the pages by
 * a {@code bundle-asset:N} token that the shell ({@code shell.js}) swaps for a {@code blob:} URL;
 * stylesheets carry their fonts and images as {@code data:} URIs. Links between pages become
 * {@code #/page.html#anchor}, handled by the shell. Runs after {@link SiteAudit}, so every local
 * reference names an existing file.
 */
final class SingleFileWriter {

    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>", Pattern.CASE_INSENSITIVE);

    private final BuiltSite site;
    private final CssInliner css;
    private final FontUsage fonts;
    private final Map<String, Integer> assetIndex = new LinkedHashMap<>();
    private final List<String> assetJson = new ArrayList<>();

    SingleFileWriter(BuiltSite site, FontUsage fonts) {
        this.site = site;
        this.css = new CssInliner(site);
        this.fonts = fonts;
    }

    /** The whole single-file edition as HTML text. */
    String write() {
        StringBuilder pages = new StringBuilder();
        for (String page : site.pages()) {
            pages.append(pages.length() == 0 ? "" : ",");
            Json.quoteForScript(page, pages);
            pages.append(":{");
            Packing.append(rewrite(page), pages);
            pages.append('}');
        }
        StringBuilder data = new StringBuilder(pages.length() + (1 << 20));
        data.append("{\"start\":\"index.html\",\"pages\":{").append(pages).append("},\"assets\":[");
        data.append(String.join(",", assetJson)).append("],\"runtime\":");
        Json.quoteForScript(resource("page-runtime.js"), data);
        data.append('}');
        Matcher title = TITLE.matcher(site.text("index.html"));
        return resource("shell.html")
                .replace("{{TITLE}}", title.find() ? title.group(1).strip().replace("\"", "&quot;") : "reglab")
                .replace("{{SHELL}}", resource("shell.js"))
                .replace("{{DATA}}", data);
    }

    /** The page's HTML with its resources as asset tokens and its links to pages as shell routes. */
    private String rewrite(String page) {
        String html = site.text(page);
        StringBuilder sb = new StringBuilder(html.length());
        int at = 0;
        for (Reference r : HtmlReferences.find(page, html)) {
            Url url = r.url();
            if (!url.kind().namesFile()) {
                continue;
            }
            String target = url.resolve(page).file("index.html");
            String replacement;
            if (!r.resource() && SitePaths.isPage(target)) {
                replacement = "#/" + target + url.fragmentSuffix();
            } else {
                replacement = "bundle-asset:" + asset(target) + url.fragmentSuffix();
            }
            sb.append(html, at, r.start()).append(replacement.replace("&", "&amp;").replace("\"", "&quot;"));
            at = r.end();
        }
        sb.append(html, at, html.length());
        return sb.toString();
    }

    /** The token number of the site file {@code path}, adding it to the bundle on first use. */
    private int asset(String path) {
        Integer known = assetIndex.get(path);
        if (known != null) {
            return known;
        }
        String type = MimeTypes.of(path);
        StringBuilder json = new StringBuilder("{\"path\":");
        Json.quoteForScript(path, json);
        json.append(",\"type\":");
        Json.quoteForScript(type, json);
        if (path.endsWith(".css")) {
            json.append(',');
            Packing.append(css.inlineFile(path, fonts), json);
        } else if (isText(type)) {
            json.append(',');
            Packing.append(site.text(path), json);
        } else {
            json.append(",\"base64\":\"").append(Base64.getEncoder().encodeToString(site.bytes(path))).append('"');
        }
        json.append('}');
        int index = assetJson.size();
        assetJson.add(json.toString());
        assetIndex.put(path, index);
        for (String loaded : RuntimeLoads.of(path)) {
            if (!site.exists(loaded)) {
                throw new SiteException("bundle: missing asset: " + path + " loads " + loaded
                        + " at run time, which the built site does not have");
            }
            asset(loaded);
        }
        return index;
    }

    private static boolean isText(String type) {
        return type.startsWith("text/") || type.startsWith("image/svg+xml") || type.startsWith("application/json")
                || type.startsWith("application/manifest+json");
    }

    static String resource(String name) {
        try (InputStream in = SingleFileWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource reglab/site/bundle/" + name + " (build the module)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
