package reglab.site.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site after the assemble stage: each page as a complete HTML document, kept as the UTF-8 bytes
 * the write stage puts on disk. A page's text as a Java string takes two bytes a character as soon
 * as it holds one character outside Latin-1 (KaTeX's MathML, typographic quotes), so the bytes
 * hold a large site's pages in half the memory, once.
 *
 * @param navOrder the parsed pages in navigation order
 * @param pages    every page's document (UTF-8) by site path, the 404 page included
 */
record AssembledSite(List<ParsedPage> navOrder, Map<String, byte[]> pages) {

    AssembledSite {
        navOrder = List.copyOf(navOrder);
        pages = Map.copyOf(pages);
    }

    /** The site paths of the content pages, in navigation order (the 404 page is none of them). */
    List<String> pagePaths() {
        return navOrder.stream().map(ParsedPage::outputPath).toList();
    }

    /**
     * The pages as text, for readers such as the link checker: a view that decodes a page each time
     * it is read, so only the page being read is ever held as a string.
     */
    Map<String, String> html() {
        return new AbstractMap<>() {
            @Override
            public Set<Entry<String, String>> entrySet() {
                return new AbstractSet<>() {
                    @Override
                    public Iterator<Entry<String, String>> iterator() {
                        Iterator<Entry<String, byte[]>> it = pages.entrySet().iterator();
                        return new Iterator<>() {
                            @Override
                            public boolean hasNext() {
                                return it.hasNext();
                            }

                            @Override
                            public Entry<String, String> next() {
                                Entry<String, byte[]> e = it.next();
                                return Map.entry(e.getKey(), new String(e.getValue(), StandardCharsets.UTF_8));
                            }
                        };
                    }

                    @Override
                    public int size() {
                        return pages.size();
                    }
                };
            }

            @Override
            public Set<String> keySet() {
                return pages.keySet();
            }

            @Override
            public boolean containsKey(Object path) {
                return pages.containsKey(path);
            }

            @Override
            public String get(Object path) {
                byte[] page = pages.get(path);
                return page == null ? null : new String(page, StandardCharsets.UTF_8);
            }
        };
    }
}
