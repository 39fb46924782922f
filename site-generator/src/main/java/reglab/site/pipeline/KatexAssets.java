package reglab.site.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reglab.site.SiteException;

/**
 * KaTeX's stylesheet and the fonts it names, copied from the vendor files the Maven build installs
 * with npm ({@code /reglab/vendor/katex/}) into {@code assets/vendor/katex/}. Pages with typeset
 * math need them: KaTeX's HTML is positioned by this CSS and drawn in these fonts.
 */
public final class KatexAssets {

    private static final String VENDOR = "/reglab/vendor/katex/";
    /** Output folder of the KaTeX files. */
    public static final String OUT = "assets/vendor/katex/";
    private static final Pattern FONT_URL = Pattern.compile("url\\((?:['\"])?(fonts/[^)'\"]+)(?:['\"])?\\)");

    private KatexAssets() {
    }

    /** The {@code <link>} tag, with {@code {{root}}} for the page's prefix to the site root. */
    public static String headTag() {
        return "<link rel=\"stylesheet\" href=\"{{root}}" + OUT + "katex.min.css\">\n";
    }

    /** The stylesheet, every font file it references that the vendor folder has, and KaTeX's license. */
    public static Map<String, byte[]> files() {
        Map<String, byte[]> out = new TreeMap<>();
        byte[] css = read("katex.min.css", true);
        out.put(OUT + "katex.min.css", css);
        Matcher m = FONT_URL.matcher(new String(css, StandardCharsets.UTF_8));
        while (m.find()) {
            String font = m.group(1);
            byte[] data = read(font, !font.endsWith(".woff") && !font.endsWith(".ttf"));
            if (data != null) {
                out.put(OUT + font, data);
            }
        }
        byte[] license = read("LICENSE", false);
        if (license != null) {
            out.put(OUT + "LICENSE", license);
        }
        return out;
    }

    private static byte[] read(String name, boolean required) {
        try (InputStream in = KatexAssets.class.getResourceAsStream(VENDOR + name)) {
            if (in == null) {
                if (required) {
                    throw new SiteException("KaTeX file " + VENDOR + name + " is missing from the build; the Maven build "
                            + "installs it with npm: run 'mvn -pl site-generator package'");
                }
                return null;
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
