package reglab.site.render;

/** What a {@link RenderRequest} asks the build-time browser to render (or, for the search index, to compute). */
public enum RenderKind {
    /** A Mermaid diagram (source includes its own {@code ---config---} front matter) to inline SVG. */
    MERMAID,
    /** TeX to KaTeX HTML+MathML, inline style. */
    MATH_INLINE,
    /** TeX to KaTeX HTML+MathML, display style. */
    MATH_DISPLAY,
    /** Source code to highlighted HTML; {@link RenderRequest#language()} names the language. */
    CODE,
    /**
     * The site's search documents (a JSON array, see {@code reglab.site.search.SearchIndex}) to a
     * MiniSearch index serialized by MiniSearch's {@code toJSON}, made with the theme's search options.
     */
    SEARCH_INDEX
}
