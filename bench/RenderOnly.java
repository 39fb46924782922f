import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reglab.site.render.RenderKind;
import reglab.site.render.RenderRequest;
import reglab.site.render.RenderResult;
import reglab.site.render.SourceLocation;
import reglab.site.render.browser.BrowserLocator;
import reglab.site.render.browser.BrowserRenderer;

/**
 * Benchmark helper for bench/build-vs-mmdc.sh: renders the document's Mermaid diagrams and
 * formulas with BrowserRenderer (JVM start, browser start and page load included in the script's
 * wall-clock time) and prints the phases. Usage: java RenderOnly DOC.md CACHE_DIR
 */
public final class RenderOnly {

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Path doc = Path.of(args[0]);
        String md = Files.readString(doc);
        List<RenderRequest> reqs = new ArrayList<>();
        Matcher fence = Pattern.compile("```mermaid\\n(.*?)```", Pattern.DOTALL).matcher(md);
        while (fence.find()) {
            reqs.add(new RenderRequest(RenderKind.MERMAID, fence.group(1), "", new SourceLocation(doc, 1)));
        }
        String text = md.replaceAll("(?s)```.*?```", "");
        Matcher display = Pattern.compile("(?s)\\$\\$(.+?)\\$\\$").matcher(text);
        while (display.find()) {
            reqs.add(new RenderRequest(RenderKind.MATH_DISPLAY, display.group(1), "", new SourceLocation(doc, 1)));
        }
        text = display.replaceAll("");
        Matcher paren = Pattern.compile("\\\\\\((.+?)\\\\\\)").matcher(text);
        while (paren.find()) {
            reqs.add(new RenderRequest(RenderKind.MATH_INLINE, paren.group(1), "", new SourceLocation(doc, 1)));
        }
        Matcher dollar = Pattern.compile("\\$([^$\\n]+?)\\$").matcher(paren.replaceAll(""));
        while (dollar.find()) {
            reqs.add(new RenderRequest(RenderKind.MATH_INLINE, dollar.group(1), "", new SourceLocation(doc, 1)));
        }
        long diagrams = reqs.stream().filter(r -> r.kind() == RenderKind.MERMAID).count();
        try (BrowserRenderer r = new BrowserRenderer(Path.of(args[1]), new BrowserLocator().locate(null))) {
            r.prelaunchIfCold(diagrams > 0);
            long t1 = System.nanoTime();
            Map<String, RenderResult> out = r.renderAll(reqs);
            long t2 = System.nanoTime();
            for (RenderResult res : out.values()) {
                if (!res.isOk()) {
                    throw new IllegalStateException(res.error());
                }
            }
            System.out.printf("renderer: %d diagrams + %d formulas, %d rendered in the browser; in-JVM %.2f s "
                    + "(render call incl. browser start %.2f s)%n", diagrams, reqs.size() - diagrams, r.renderedCount(),
                    (t2 - t0) / 1e9, (t2 - t1) / 1e9);
        }
    }
}
