package reglab.site.images;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXParseException;
import reglab.site.SiteException;

/**
 * An SVG file of the content, made safe to publish, and its size. An SVG is a document that can
 * run scripts and load other files when opened by itself (a reader may open an image in a tab),
 * so every SVG is checked as it is copied, by an allowlist in the manner of DOMPurify's SVG
 * profile: SVG's drawing, text, paint, clipping, masking and filter elements stay; scripts,
 * {@code foreignObject}, animation (which can rewrite links), {@code feImage}, HTML elements and
 * unknown SVG elements go; so do event-handler attributes ({@code onload}), {@code xml:base}, and
 * every reference out of the file: {@code href}s other than {@code #id} (an {@code <image>} may
 * also embed a PNG, JPEG, GIF or WebP as a {@code data:} URL), {@code url(…)} other than
 * {@code url(#id)} in attributes and CSS, CSS {@code @import}, {@code javascript:} values, and
 * {@code xml-stylesheet} instructions. Elements of other XML namespaces (an editor's metadata) stay:
 * browsers draw nothing for them.
 *
 * <p>A file with nothing to remove is published byte for byte as written; otherwise the cleaned
 * document is, and {@link #removed()} says what went. The XML parser resolves no external entity
 * or DTD and caps entity expansion (JAXP secure processing).
 */
public final class SvgImage {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    /** SVG 1.1 and SVG 2 elements that draw, group, define or describe; nothing that runs or loads. */
    private static final Set<String> ELEMENTS = Set.of(
            "svg", "g", "defs", "symbol", "use", "title", "desc", "metadata", "switch", "a", "view", "style",
            "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "image",
            "text", "tspan", "textPath",
            "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
            "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
            "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB",
            "feFuncG", "feFuncR", "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology", "feOffset",
            "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence");

    private static final Pattern DATA_IMAGE = Pattern.compile("(?i)data:image/(png|jpeg|gif|webp);base64,[a-z0-9+/=\\s]*");
    private static final Pattern FOREIGN_URL = Pattern.compile("(?i)url\\(\\s*(?!['\"]?\\s*#)[^)]*\\)");
    private static final Pattern IMPORT = Pattern.compile("(?i)@import[^;]*;?");
    private static final Pattern SCRIPT_VALUE = Pattern.compile("(?i)^\\s*(javascript|vbscript)\\s*:");
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(px|pt|pc|mm|cm|in)?\\s*");
    private static final Map<String, Double> PX_PER_UNIT = Map.of("px", 1.0, "pt", 96 / 72.0, "pc", 16.0, "mm", 96 / 25.4,
            "cm", 96 / 2.54, "in", 96.0);

    private final byte[] bytes;
    private final List<String> removed;
    private final ImageSize size;

    private SvgImage(byte[] bytes, List<String> removed, ImageSize size) {
        this.bytes = bytes;
        this.removed = List.copyOf(removed);
        this.size = size;
    }

    /** The file to publish: the original bytes when nothing was removed. */
    public byte[] bytes() {
        return bytes;
    }

    /** What was removed, e.g. {@code <script>}, {@code onload}, {@code href to https://…}; empty for a clean file. */
    public List<String> removed() {
        return removed;
    }

    /** The size the root {@code <svg>} asks for (width/height, else its viewBox), or null. */
    public ImageSize size() {
        return size;
    }

    /**
     * Reads and cleans an SVG file.
     *
     * @param display how messages name the file
     * @throws SiteException naming the file and line when it is not well-formed XML or its root is not {@code <svg>}
     */
    public static SvgImage read(byte[] data, String display) {
        Document doc = parse(data, display);
        Element root = doc.getDocumentElement();
        if (!root.getLocalName().equals("svg") || !(root.getNamespaceURI() == null || SVG_NS.equals(root.getNamespaceURI()))) {
            throw new SiteException(display + ": not an SVG image: its root element is <" + root.getTagName() + ">, not <svg>");
        }
        ImageSize size = size(root);
        List<String> removed = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (n.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                removed.add("<?" + n.getNodeName() + "?>");
                doc.removeChild(n);
            }
            n = next;
        }
        clean(root, removed);
        return new SvgImage(removed.isEmpty() ? data : serialize(doc), removed, size);
    }

    private static void clean(Element element, List<String> removed) {
        cleanAttributes(element, removed);
        for (Node n = element.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (n instanceof Element child) {
                String ns = child.getNamespaceURI();
                boolean svg = ns == null || SVG_NS.equals(ns);
                if (XHTML_NS.equals(ns) || svg && !ELEMENTS.contains(child.getLocalName())) {
                    removed.add("<" + child.getLocalName() + ">");
                    element.removeChild(child);
                } else {
                    clean(child, removed);
                }
            } else if (n.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                removed.add("<?" + n.getNodeName() + "?>");
                element.removeChild(n);
            } else if ("style".equals(element.getLocalName()) && (n.getNodeType() == Node.TEXT_NODE
                    || n.getNodeType() == Node.CDATA_SECTION_NODE)) {
                String css = cleanCss(n.getNodeValue(), "<style>", removed);
                if (!css.equals(n.getNodeValue())) {
                    n.setNodeValue(css);
                }
            }
            n = next;
        }
    }

    private static void cleanAttributes(Element element, List<String> removed) {
        NamedNodeMap attributes = element.getAttributes();
        List<Attr> drop = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
            String value = a.getValue();
            String ns = a.getNamespaceURI();
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns)) {
                continue;
            }
            if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
                removed.add(name);
                drop.add(a);
            } else if (name.equals("base") && XMLConstants.XML_NS_URI.equals(ns)) {
                removed.add("xml:base");
                drop.add(a);
            } else if (name.equals("href") && (ns == null || XLINK_NS.equals(ns))) {
                String v = value.strip();
                boolean local = v.startsWith("#");
                boolean embedded = element.getLocalName().equals("image") && DATA_IMAGE.matcher(v).matches();
                if (!local && !embedded) {
                    removed.add("href to " + abbreviate(v));
                    drop.add(a);
                }
            } else if (SCRIPT_VALUE.matcher(value).find()) {
                removed.add(name + "=\"" + abbreviate(value) + "\"");
                drop.add(a);
            } else if (name.equals("style")) {
                String css = cleanCss(value, "style", removed);
                if (!css.equals(value)) {
                    a.setValue(css);
                }
            } else if (FOREIGN_URL.matcher(value).find()) {
                removed.add(name + "=\"" + abbreviate(value) + "\"");
                drop.add(a);
            }
        }
        drop.forEach(element::removeAttributeNode);
    }

    /** CSS without {@code @import} and with every {@code url(…)} that leaves the file replaced by {@code none}. */
    private static String cleanCss(String css, String where, List<String> removed) {
        String out = css;
        Matcher imports = IMPORT.matcher(out);
        while (imports.find()) {
            removed.add(where + " " + abbreviate(imports.group().strip()));
        }
        out = imports.replaceAll("");
        Matcher urls = FOREIGN_URL.matcher(out);
        while (urls.find()) {
            removed.add(where + " " + abbreviate(urls.group()));
        }
        out = urls.replaceAll("none");
        if (SCRIPT_VALUE.matcher(out).find() || out.toLowerCase(Locale.ROOT).contains("expression(")) {
            removed.add(where + " script");
            out = "";
        }
        return out;
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }

    private static ImageSize size(Element root) {
        Double w = length(root.getAttribute("width"));
        Double h = length(root.getAttribute("height"));
        double[] box = viewBox(root.getAttribute("viewBox"));
        if (w == null && h == null && box == null) {
            return null;
        }
        if (w != null && h != null) {
            return rounded(w, h);
        }
        if (box == null) {
            return null;
        }
        if (w != null) {
            return rounded(w, w * box[1] / box[0]);
        }
        if (h != null) {
            return rounded(h * box[0] / box[1], h);
        }
        return rounded(box[0], box[1]);
    }

    private static ImageSize rounded(double w, double h) {
        long width = Math.round(w);
        long height = Math.round(h);
        return width > 0 && height > 0 && width < 100_000 && height < 100_000 ? new ImageSize((int) width, (int) height) : null;
    }

    /** A length in CSS pixels, or null for none, a percentage or a font-relative unit. */
    private static Double length(String value) {
        Matcher m = LENGTH.matcher(value);
        if (value.isEmpty() || !m.matches()) {
            return null;
        }
        return Double.parseDouble(m.group(1)) * PX_PER_UNIT.get(m.group(2) == null ? "px" : m.group(2));
    }

    /** The viewBox's width and height, or null. */
    private static double[] viewBox(String value) {
        String[] parts = value.strip().split("[\\s,]+");
        if (parts.length != 4) {
            return null;
        }
        try {
            double w = Double.parseDouble(parts[2]);
            double h = Double.parseDouble(parts[3]);
            return w > 0 && h > 0 ? new double[] {w, h} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Document parse(byte[] data, String display) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(data));
        } catch (SAXParseException e) {
            throw new SiteException(display + ":" + e.getLineNumber() + ": not a well-formed SVG file: " + e.getMessage());
        } catch (org.xml.sax.SAXException | IOException | ParserConfigurationException e) {
            throw new SiteException(display + ": not a well-formed SVG file: " + e.getMessage());
        }
    }

    private static byte[] serialize(Document doc) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            out.write('\n');
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("serializing a parsed SVG document failed", e);
        }
    }

    /** What {@link #removed()} lists, counted, for one progress line: {@code <script> (2), onload}. */
    public String summary() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        removed.forEach(r -> counts.merge(r, 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((r, n) -> parts.add(n == 1 ? r : r + " (" + n + ")"));
        return String.join(", ", parts);
    }
}
