package reglab.site.links;

import java.util.Locale;
import java.util.Map;

/**
 * A flat two-part badge ("label | message") drawn as a small SVG, in the style of shields.io, so
 * the site can show a license badge without requesting it from a third party. Text widths are
 * estimated from Verdana 11px advance widths (the font shields.io measures with); the estimate only
 * sizes the boxes.
 *
 * @param label   the left text (grey box); empty for a one-part badge
 * @param message the right text
 * @param color   the right box's colour: a shields.io colour name or a hex colour
 */
public record Badge(String label, String message, String color) {

    /** shields.io's named colours (badge-maker's colour table). */
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("brightgreen", "#4c1"), Map.entry("green", "#97ca00"), Map.entry("yellow", "#dfb317"),
            Map.entry("yellowgreen", "#a4a61d"), Map.entry("orange", "#fe7d37"), Map.entry("red", "#e05d44"),
            Map.entry("blue", "#007ec6"), Map.entry("grey", "#555"), Map.entry("gray", "#555"),
            Map.entry("lightgrey", "#9f9f9f"), Map.entry("lightgray", "#9f9f9f"), Map.entry("blueviolet", "#8a2be2"),
            Map.entry("success", "#4c1"), Map.entry("important", "#fe7d37"), Map.entry("critical", "#e05d44"),
            Map.entry("informational", "#007ec6"), Map.entry("inactive", "#9f9f9f"));

    private static final String LABEL_FILL = "#555";

    /** The colour as hex; unknown names fall back to shields.io's default (lightgrey). */
    public String hexColor() {
        String c = color.toLowerCase(Locale.ROOT);
        if (NAMED.containsKey(c)) {
            return NAMED.get(c);
        }
        String hex = c.startsWith("#") ? c.substring(1) : c;
        if (hex.matches("[0-9a-f]{3}|[0-9a-f]{6}")) {
            return "#" + hex;
        }
        return NAMED.get("lightgrey");
    }

    /** The badge as a standalone SVG document. */
    public String svg() {
        int lw = label.isEmpty() ? 0 : textWidth(label) + 10;
        int mw = textWidth(message) + 10;
        int w = lw + mw;
        String fill = hexColor();
        String ink = isLight(fill) ? "#333" : "#fff";
        String shadow = isLight(fill) ? "#fff" : "#010101";
        String title = label.isEmpty() ? message : label + ": " + message;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w).append("\" height=\"20\" role=\"img\" aria-label=\"")
                .append(xml(title)).append("\"><title>").append(xml(title)).append("</title>")
                .append("<linearGradient id=\"s\" x2=\"0\" y2=\"100%\"><stop offset=\"0\" stop-color=\"#bbb\" stop-opacity=\".1\"/>")
                .append("<stop offset=\"1\" stop-opacity=\".1\"/></linearGradient>")
                .append("<clipPath id=\"r\"><rect width=\"").append(w).append("\" height=\"20\" rx=\"3\" fill=\"#fff\"/></clipPath>")
                .append("<g clip-path=\"url(#r)\">");
        if (lw > 0) {
            sb.append("<rect width=\"").append(lw).append("\" height=\"20\" fill=\"").append(LABEL_FILL).append("\"/>");
        }
        sb.append("<rect x=\"").append(lw).append("\" width=\"").append(mw).append("\" height=\"20\" fill=\"").append(fill).append("\"/>")
                .append("<rect width=\"").append(w).append("\" height=\"20\" fill=\"url(#s)\"/></g>")
                .append("<g text-anchor=\"middle\" font-family=\"Verdana,Geneva,DejaVu Sans,sans-serif\" font-size=\"11\">");
        if (lw > 0) {
            text(sb, lw / 2.0, label, "#fff", "#010101");
        }
        text(sb, lw + mw / 2.0, message, ink, shadow);
        sb.append("</g></svg>\n");
        return sb.toString();
    }

    private static void text(StringBuilder sb, double x, String s, String ink, String shadow) {
        String xs = x == Math.floor(x) ? Integer.toString((int) x) : Double.toString(x);
        sb.append("<text x=\"").append(xs).append("\" y=\"15\" fill=\"").append(shadow).append("\" fill-opacity=\".3\">")
                .append(xml(s)).append("</text>");
        sb.append("<text x=\"").append(xs).append("\" y=\"14\" fill=\"").append(ink).append("\">").append(xml(s)).append("</text>");
    }

    /** Estimated width in px of {@code s} in Verdana 11px. */
    static int textWidth(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("iljI.,:;!|'".indexOf(c) >= 0) {
                w += 3.5;
            } else if (c == ' ') {
                w += 3.9;
            } else if ("mwMW".indexOf(c) >= 0) {
                w += 9.8;
            } else if (Character.isUpperCase(c)) {
                w += 7.5;
            } else if (Character.isDigit(c)) {
                w += 7.0;
            } else {
                w += 6.3;
            }
        }
        return (int) Math.ceil(w);
    }

    /** Relative luminance above one half: dark text reads better on it. */
    private static boolean isLight(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        int r = Integer.parseInt(h.substring(0, 2), 16);
        int g = Integer.parseInt(h.substring(2, 4), 16);
        int b = Integer.parseInt(h.substring(4, 6), 16);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b > 170;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
