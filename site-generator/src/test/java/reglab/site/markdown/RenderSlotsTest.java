package reglab.site.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reglab.site.SiteException;
import reglab.site.render.RenderKind;
import reglab.site.render.RenderRequest;
import reglab.site.render.RenderResult;

/** Render requests carry the line where their source starts; a renderer's error line maps into the file. */
class RenderSlotsTest {

    private static final String PAGE = "# T\n\nText $a$ here.\n\n```mermaid\ngraph TD\n  A --> B\n  B -->> C\n```\n\n$$\nx +\n\\bad\n$$\n";

    private static RenderSlots render(MarkdownPipeline pipeline, Document doc) {
        RenderSlots slots = RenderSlots.attach(doc, "content/p.md");
        pipeline.render(doc);
        return slots;
    }

    @Test
    void requestsStartWhereTheirSourceStarts() {
        MarkdownPipeline pipeline = MarkdownPipeline.standard();
        List<RenderRequest> requests = render(pipeline, pipeline.parse(PAGE)).requests();
        assertEquals(3, requests.size());
        assertEquals(RenderKind.MATH_INLINE, requests.get(0).kind());
        assertEquals(3, requests.get(0).where().line());
        assertEquals(RenderKind.MERMAID, requests.get(1).kind());
        assertEquals(6, requests.get(1).where().line(), "the diagram's first line, below the fence");
        assertEquals(RenderKind.MATH_DISPLAY, requests.get(2).kind());
        assertEquals(12, requests.get(2).where().line(), "the formula's first line, below $$");
    }

    @Test
    void aRendererErrorLineBecomesAFileLine() {
        MarkdownPipeline pipeline = MarkdownPipeline.standard();
        Document doc = pipeline.parse(PAGE);
        RenderSlots slots = RenderSlots.attach(doc, "content/p.md");
        String html = pipeline.render(doc);
        List<RenderRequest> r = slots.requests();
        Map<String, RenderResult> results = Map.of(
                r.get(0).key(), RenderResult.ok("<i>a</i>"),
                r.get(1).key(), RenderResult.failed("Parse error on line 3", 3),
                r.get(2).key(), RenderResult.ok("<i>x</i>"));
        SiteException e = assertThrows(SiteException.class, () -> slots.fill(html, results));
        assertEquals("content/p.md:8: invalid diagram: Parse error on line 3", e.getMessage());

        Map<String, RenderResult> badMath = Map.of(
                r.get(0).key(), RenderResult.ok("<i>a</i>"),
                r.get(1).key(), RenderResult.ok("<svg></svg>"),
                r.get(2).key(), RenderResult.failed("KaTeX parse error: Undefined control sequence: \\bad", 2));
        assertEquals("content/p.md:13: invalid math: KaTeX parse error: Undefined control sequence: \\bad",
                assertThrows(SiteException.class, () -> slots.fill(html, badMath)).getMessage());
    }

    @Test
    void unclosedDisplayMathNamesItsLine() {
        MarkdownPipeline pipeline = MarkdownPipeline.standard();
        Document doc = pipeline.parse("# T\n\n$$\nx\n");
        SiteException e = assertThrows(SiteException.class, () -> render(pipeline, doc));
        assertEquals("content/p.md:3: display math opened with $$ is never closed; add a line with $$ after the formula",
                e.getMessage());
    }
}
