package reglab.site.bundle;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import reglab.site.content.OutputPaths;

/**
 * How a reference written in a page or stylesheet maps to a file of the built site. Site paths are
 * relative to the site folder and use {@code /} (e.g. {@code assets/site.css}), whatever the
 * operating system.
 */
final class SitePaths {

    /** A URL scheme as RFC 3986 section 3.1 defines it, followed by its colon. */
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private SitePaths() {
    }

    /** The scheme of {@code ref} in lower case ({@code https}, {@code data}), or null if it has none. */
    static String scheme(String ref) {
        String r = ref.strip();
        var m = SCHEME.matcher(r);
        if (m.find()) {
            return r.substring(0, m.end() - 1).toLowerCase(Locale.ROOT);
        }
        return r.startsWith("//") ? "network-path" : null;
    }

    /**
     * True for references a browser serves without the network: {@code data:}, {@code blob:},
     * {@code about:}, {@code javascript:} (not a request) and site-relative paths. {@code file:}
     * is not allowed in a page either: a bundle must not depend on where it was built.
     */
    static boolean isLocal(String ref) {
        String s = scheme(ref);
        return s == null || s.equals("data") || s.equals("blob") || s.equals("about") || s.equals("javascript");
    }

    /** The part of {@code ref} before any {@code ?query} or {@code #fragment}. */
    static String pathPart(String ref) {
        String r = ref.strip();
        int cut = r.length();
        int q = r.indexOf('?');
        int h = r.indexOf('#');
        if (q >= 0) {
            cut = q;
        }
        if (h >= 0 && h < cut) {
            cut = h;
        }
        return r.substring(0, cut);
    }

    /** The {@code #fragment} of {@code ref} including the hash, or "" if it has none. */
    static String fragment(String ref) {
        int h = ref.indexOf('#');
        return h < 0 ? "" : ref.substring(h).strip();
    }

    /**
     * Resolves a scheme-less reference found in the file {@code from} (a site path) to a site path.
     * A reference that is only a fragment or query resolves to {@code from} itself; a folder
     * ({@code guide/}) resolves to its {@code index.html}.
     *
     * @return the site path, or null if the reference climbs out of the site folder
     */
    static String resolve(String from, String ref) {
        String path = URLDecoder.decode(pathPart(ref).replace("+", "%2B"), StandardCharsets.UTF_8);
        if (path.isEmpty()) {
            return from;
        }
        // A path from the host's root ("/img/a.png") is taken from the site folder.
        String joined = OutputPaths.resolve(path.startsWith("/") ? "" : from, path);
        if (joined == null) {
            return null;
        }
        return joined.isEmpty() || joined.endsWith("/") ? joined + "index.html" : joined;
    }
}
