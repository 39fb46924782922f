package reglab.site.render.browser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads rendered Mermaid SVG the way a test needs it, independently of the renderer: the polyline
 * of each edge (Mermaid writes it as base64 JSON in {@code data-points}), the element ids, and
 * the node markup.
 */
final class SvgGeometry {

    private static final Pattern POINTS = Pattern.compile("data-points=\"([A-Za-z0-9+/=]+)\"");
    private static final Pattern XY = Pattern.compile("\"x\":(-?[0-9.eE+-]+),\"y\":(-?[0-9.eE+-]+)");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

    /** Below this offset (px) a segment counts as axis-parallel. */
    private static final double TOLERANCE = 0.5;

    private SvgGeometry() {
    }

    /** Each edge's points as {x0, y0, x1, y1, ...}. */
    static List<double[]> edges(String svg) {
        List<double[]> edges = new ArrayList<>();
        Matcher m = POINTS.matcher(svg);
        while (m.find()) {
            String json = new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
            List<Double> xy = new ArrayList<>();
            Matcher p = XY.matcher(json);
            while (p.find()) {
                xy.add(Double.parseDouble(p.group(1)));
                xy.add(Double.parseDouble(p.group(2)));
            }
            edges.add(xy.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return edges;
    }

    /**
     * Edges with a diagonal segment. ELK Layered routes every edge orthogonally (ELK reference,
     * option {@code org.eclipse.elk.edgeRouting}: default ORTHOGONAL for the layered algorithm),
     * whereas Mermaid's dagre renderer draws diagonal splines between its points.
     */
    static int nonOrthogonalEdges(String svg) {
        int n = 0;
        for (double[] e : edges(svg)) {
            for (int i = 2; i + 1 < e.length; i += 2) {
                if (Math.abs(e[i] - e[i - 2]) > TOLERANCE && Math.abs(e[i + 1] - e[i - 1]) > TOLERANCE) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** All element ids, in document order. */
    static List<String> ids(String svg) {
        List<String> ids = new ArrayList<>();
        Matcher m = ID.matcher(svg);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    static Set<String> idSet(String svg) {
        return new LinkedHashSet<>(ids(svg));
    }

    /** Number of occurrences of {@code needle} in {@code s}. */
    static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
