package reglab.site.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * load. Each file is stored once, as bytes in the {@link ByteSection} (gzipped where that helps),
 * and referenced from the pages by a {@code bundle-asset:N} token that the shell
 * ({@code shell.js}) swaps for a {@code blob:} URL; stylesheets carry their fonts and images as
 * {@code data:} URIs. Links between pages become {@code #/page.html#anchor}, handled by the shell.
 * The document is {@code windows-1252} (so that the byte section is its own text); everything
 * outside that section is ASCII, non-ASCII characters escaped ({@code \\uXXXX} in the JSON,
 * character references in the title). Runs after {@link SiteAudit}, so every local reference names
 * an existing file.
 */
final class SingleFileWriter {

    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>", Pattern.CASE_INSENSITIVE);

    private final BuiltSite site;
    private final CssInliner css;
    private final FontUsage fonts;
    private final Map<String, Integer> assetIndex = new LinkedHashMap<>();
    private final List<String> assetJson = new ArrayList<>();
    private final ByteSection section = new ByteSection();

    SingleFileWriter(BuiltSite site, FontUsage fonts) {
        this.site = site;
        this.css = new CssInliner(site);
        this.fonts = fonts;
    }

    /** The whole single-file edition, as the bytes of the file. */
    byte[] write() {
        StringBuilder pages = new StringBuilder();
        for (String page : site.pages()) {
            pages.append(pages.length() == 0 ? "" : ",");
            Json.quoteForScript(page, pages);
            pages.append(":{").append(section.add(page, rewrite(page).getBytes(StandardCharsets.UTF_8)).json()).append('}');
        }
        StringBuilder data = new StringBuilder(pages.length() + (1 << 16));
        data.append("{\"start\":\"index.html\",\"pages\":{").append(pages).append("},\"assets\":[");
        data.append(String.join(",", assetJson)).append("],\"runtime\":{");
        data.append(section.add("(page-runtime.js, put in every page)", resource("page-runtime.js").getBytes(StandardCharsets.UTF_8)).json());
        data.append("}}");
        Matcher title = TITLE.matcher(site.text("index.html"));
        String titleText = asciiHtml(title.find() ? title.group(1).strip().replace("\"", "&quot;") : "reglab");
        String dataText = asciiJson(data);
        String template = resource("shell.html");
        int at = template.indexOf("{{BYTES}}");
        byte[] head = ascii(template.substring(0, at), titleText, dataText);
        byte[] tail = ascii(template.substring(at + "{{BYTES}}".length()), titleText, dataText);
        byte[] block = section.escaped();
        byte[] out = new byte[head.length + block.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(block, 0, out, head.length, block.length);
        System.arraycopy(tail, 0, out, head.length + block.length, tail.length);
        return out;
    }

    /** A part of the shell template with its placeholders filled, as ASCII bytes. */
    private static byte[] ascii(String template, String title, String data) {
        String shell = template.replace("{{TITLE}}", title).replace("{{SHELL}}", resource("shell.js")).replace("{{DATA}}", data);
        for (int i = 0; i < shell.length(); i++) {
            if (shell.charAt(i) > 0x7e) {
                throw new IllegalStateException("bundle: non-ASCII character in the shell at " + i
                        + " (shell.html and shell.js must be ASCII: the edition is a windows-1252 document)");
            }
        }
        return shell.getBytes(StandardCharsets.US_ASCII);
    }

    /** The files stored in the byte section (after {@link #write}), in order. */
    List<ByteSection.Entry> parts() {
        return section.entries();
    }

    /** {@code json} with every character above ASCII as a {@code \\uXXXX} escape (valid: such characters occur only inside strings). */
    static String asciiJson(CharSequence json) {
        StringBuilder sb = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c > 0x7e) {
                String hex = Integer.toHexString(c);
                sb.append("\\u").append("0000", hex.length(), 4).append(hex);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code text} with every character above ASCII as an HTML character reference. */
    static String asciiHtml(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c > 0x7e) {
                sb.append("&#").append(c).append(';');
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
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
        byte[] bytes = path.endsWith(".css") ? css.inlineFile(path, fonts).getBytes(StandardCharsets.UTF_8) : site.bytes(path);
        json.append(',').append(section.add(path, bytes).json()).append('}');
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
