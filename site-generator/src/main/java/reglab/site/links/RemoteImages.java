package reglab.site.links;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import reglab.site.SiteException;
import reglab.site.url.PercentEncoding;

/**
 * Replaces remote images by local badges, so no page requests a third party. Badges from
 * img.shields.io keep their label, message and colour (parsed from the URL with shields.io's
 * escaping: {@code --} is a dash, {@code __} an underscore, {@code _} a space); Creative Commons
 * buttons from licensebuttons.net become a badge naming the license; any other remote image with
 * alt text becomes a badge of that text ("Label: message"). A remote image without alt text stops
 * the build: there is nothing faithful to draw.
 *
 * <p>Mutable: collects the files it drew and the replacements it made, for the build report.
 */
public final class RemoteImages {

    /**
     * One replaced reference, for the build report.
     *
     * @param where     {@code file:line} as messages name it (depends on the working directory)
     * @param ref       {@code path:line} relative to the content folder (for the report file, so it
     *                  is the same wherever the build runs)
     * @param remoteUrl the replaced URL
     * @param localPath root-relative output path of the local copy
     */
    public record Replacement(String where, String ref, String remoteUrl, String localPath) {
    }

    private final Map<String, byte[]> files = new TreeMap<>();
    private final List<Replacement> replacements = new ArrayList<>();

    /**
     * @param url   the remote image URL
     * @param alt   the image's alt text
     * @param where {@code file:line} of the image, for errors and progress
     * @param ref   {@code path:line} relative to the content folder, for the report file
     * @return the root-relative output path of the local replacement
     */
    public String replace(String url, String alt, String where, String ref) {
        Badge badge = badgeFor(url, alt);
        if (badge == null) {
            throw new SiteException(where + ": remote image " + url + " would make every reader's browser contact a "
                    + "third party; save the image in the content folder and link it relatively (or give it alt text "
                    + "to have a local badge drawn instead)");
        }
        String name = slug(badge.label() + "-" + badge.message() + "-" + badge.color());
        String path = "assets/badges/" + name + ".svg";
        files.put(path, badge.svg().getBytes(StandardCharsets.UTF_8));
        replacements.add(new Replacement(where, ref, url, path));
        return path;
    }

    /** Adds what {@code other} drew and replaced, after what this one holds (pages parsed apart, joined in build order). */
    public void addAll(RemoteImages other) {
        files.putAll(other.files);
        replacements.addAll(other.replacements);
    }

    /** The drawn badges by root-relative path. */
    public Map<String, byte[]> files() {
        return files;
    }

    /** Every replacement made, in the order made. */
    public List<Replacement> replacements() {
        return List.copyOf(replacements);
    }

    /** The badge that stands in for {@code url}, or null if none can. */
    static Badge badgeFor(String url, String alt) {
        URI uri;
        try {
            uri = URI.create(url.startsWith("//") ? "https:" + url : url);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        String host = uri == null || uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri == null || uri.getRawPath() == null ? "" : uri.getRawPath();
        if (host.equals("img.shields.io") && path.startsWith("/badge/")) {
            Badge b = shields(path.substring("/badge/".length()));
            if (b != null) {
                return b;
            }
        }
        if (host.endsWith("licensebuttons.net") && path.startsWith("/l/")) {
            String[] parts = path.substring(3).split("/");
            if (parts.length >= 2) {
                return new Badge("License", "CC " + parts[0].toUpperCase(Locale.ROOT) + " " + parts[1], "#aab2ab");
            }
        }
        if (alt == null || alt.isBlank()) {
            return null;
        }
        int colon = alt.indexOf(':');
        return colon > 0
                ? new Badge(alt.substring(0, colon).strip(), alt.substring(colon + 1).strip(), "blue")
                : new Badge("", alt.strip(), "blue");
    }

    /** Parses shields.io's static badge path {@code label-message-color} (or {@code message-color}). */
    private static Badge shields(String spec) {
        String s = spec.replaceAll("\\.(svg|png)$", "");
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' && i + 1 < s.length() && s.charAt(i + 1) == '-') {
                cur.append('-');
                i++;
            } else if (c == '-') {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        parts.add(cur.toString());
        if (parts.size() < 2 || parts.size() > 3) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (String p : parts) {
            String t = p.replace("__", "\u0000").replace('_', ' ').replace('\u0000', '_');
            texts.add(PercentEncoding.decode(t));
        }
        return texts.size() == 3
                ? new Badge(texts.get(0), texts.get(1), texts.get(2))
                : new Badge("", texts.get(0), texts.get(1));
    }

    private static String slug(String s) {
        String out = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return out.isEmpty() ? "badge" : out;
    }
}
