package reglab.site.e2e;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The contrast of every text in a rendered element against the colour actually behind it, measured
 * in the browser: each text node's colour as the browser computes it (SVG {@code fill} with its
 * opacities, or CSS {@code color} in a {@code foreignObject}) and its box, then a screenshot of the
 * element with all text made transparent gives the pixels behind every text. Edge labels,
 * section labels on coloured bands and text on hatched fills are all measured against what is
 * drawn there, not against a colour the diagram's CSS claims.
 *
 * <p>A text passes when at least {@value #COVERAGE} of the pixels behind it give the WCAG 2.1
 * contrast ratio of at least 4.5:1: lines that cross a label (a sequence diagram's lifeline under
 * a self-message, an arrow through a C4 relation's text) are tolerated, a background that is
 * wrong under most of the text is not.
 */
final class TextContrast {

    /** WCAG 2.1 AA for normal text (success criterion 1.4.3). */
    static final double MINIMUM = 4.5;
    static final double COVERAGE = 0.8;

    private static final String HIDE_TEXT = "reglab-test-hide-text";
    private static final String INSTALL_HIDING = "cls => { if (document.getElementById(cls)) return;"
            + " const s = document.createElement('style'); s.id = cls;"
            + " s.textContent = `.${cls} svg text, .${cls} svg tspan { fill-opacity: 0 !important; stroke-opacity: 0 !important; }"
            + " .${cls} svg foreignObject * { -webkit-text-fill-color: transparent !important; text-shadow: none !important; }`;"
            + " document.head.append(s); }";
    /** Text nodes of the element that are rendered: text, colour [r, g, b, alpha], box (viewport px). */
    private static final String TEXTS = """
            root => {
              const rgba = (c) => {
                const m = /rgba?\\(([^)]+)\\)/.exec(c || '');
                if (!m) return null;
                const p = m[1].split(/[\\s,/]+/).filter(Boolean).map(Number);
                return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
              };
              const out = [];
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const text = n.nodeValue.replace(/\\s+/g, ' ').trim();
                const el = n.parentElement;
                if (!text || !el || el.closest('style, title, desc, defs, marker, script')) continue;
                if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
                const range = document.createRange();
                range.selectNodeContents(n);
                const r = range.getBoundingClientRect();
                if (r.width < 1 || r.height < 1) continue;
                const cs = getComputedStyle(el);
                const html = el.namespaceURI === 'http://www.w3.org/1999/xhtml';
                const color = rgba(html ? cs.color : cs.fill) ?? (html ? null : rgba(cs.stroke));
                if (!color) { out.push({ text, error: 'no colour: ' + (html ? cs.color : cs.fill) }); continue; }
                let alpha = color[3] * (html ? 1 : Number(cs.fillOpacity));
                for (let a = el; a && a !== root.parentElement; a = a.parentElement) alpha *= Number(getComputedStyle(a).opacity);
                out.push({ text, r: color[0], g: color[1], b: color[2], a: alpha, x: r.left, y: r.top, w: r.width, h: r.height });
              }
              return out;
            }
            """;

    /** One text below the minimum. */
    record Failure(String where, String text, double ratio, String color) {
        @Override
        public String toString() {
            return String.format("%s: \"%s\" %.2f:1 (text %s)", where, text, ratio, color);
        }
    }

    /** How many texts were measured, and those below the minimum. */
    record Result(int measured, List<Failure> failures) {
    }

    /** Measures every text in {@code element}; {@code where} names it in the failures. */
    static Result measure(Page page, ElementHandle element, String where) {
        return measure(page, List.of(element), List.of(where));
    }

    /**
     * Measures every text in each of {@code elements} (named by the same index of {@code wheres}):
     * the texts are read first, then all elements are photographed with the text hidden, which
     * restyles the page twice however many elements there are.
     */
    @SuppressWarnings("unchecked")
    static Result measure(Page page, List<ElementHandle> elements, List<String> wheres) {
        List<List<Map<String, Object>>> texts = new ArrayList<>();
        List<BoundingBox> boxes = new ArrayList<>();
        for (ElementHandle element : elements) {
            texts.add((List<Map<String, Object>>) element.evaluate(TEXTS));
            boxes.add(element.boundingBox());
        }
        page.evaluate(INSTALL_HIDING, HIDE_TEXT);
        page.evaluate("cls => document.documentElement.classList.add(cls)", HIDE_TEXT);
        List<BufferedImage> behind = new ArrayList<>();
        try {
            for (ElementHandle element : elements) {
                behind.add(ImageIO.read(new ByteArrayInputStream(element.screenshot())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            page.evaluate("cls => document.documentElement.classList.remove(cls)", HIDE_TEXT);
        }
        List<Failure> failures = new ArrayList<>();
        int measured = 0;
        for (int i = 0; i < elements.size(); i++) {
            for (Map<String, Object> t : texts.get(i)) {
                Failure f = check(t, boxes.get(i), behind.get(i), wheres.get(i));
                measured += t.get("error") == null ? 1 : 0;
                if (f != null) {
                    failures.add(f);
                }
            }
        }
        return new Result(measured, failures);
    }

    /** The failure of one text against the pixels behind it, or null when it reads. */
    private static Failure check(Map<String, Object> t, BoundingBox box, BufferedImage behind, String where) {
        String text = (String) t.get("text");
        if (t.get("error") != null) {
            return new Failure(where, text, 0, (String) t.get("error"));
        }
        double[] fg = {num(t, "r"), num(t, "g"), num(t, "b")};
        double alpha = num(t, "a");
        int x0 = Math.max(0, (int) Math.floor(num(t, "x") - box.x));
        int y0 = Math.max(0, (int) Math.floor(num(t, "y") - box.y));
        int x1 = Math.min(behind.getWidth(), (int) Math.ceil(num(t, "x") - box.x + num(t, "w")));
        int y1 = Math.min(behind.getHeight(), (int) Math.ceil(num(t, "y") - box.y + num(t, "h")));
        if (x1 <= x0 || y1 <= y0) {
            return new Failure(where, text, 0, "outside the element");
        }
        double[] ratios = new double[(x1 - x0) * (y1 - y0)];
        int k = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int p = behind.getRGB(x, y);
                double[] bg = {(p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff};
                double[] seen = new double[3];
                for (int c = 0; c < 3; c++) {
                    seen[c] = fg[c] * alpha + bg[c] * (1 - alpha);
                }
                ratios[k++] = ratio(seen, bg);
            }
        }
        Arrays.sort(ratios);
        double reached = ratios[(int) Math.floor(ratios.length * (1 - COVERAGE))];
        return reached >= MINIMUM ? null
                : new Failure(where, text, reached, String.format("rgba(%.0f, %.0f, %.0f, %.2f)", fg[0], fg[1], fg[2], alpha));
    }

    /** WCAG 2.1 contrast ratio of two sRGB colours (0–255 per channel). */
    static double ratio(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2.1 relative luminance. */
    static double luminance(double[] rgb) {
        double[] lin = new double[3];
        for (int c = 0; c < 3; c++) {
            double v = rgb[c] / 255;
            lin[c] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    }

    private static double num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    private TextContrast() {
    }
}
