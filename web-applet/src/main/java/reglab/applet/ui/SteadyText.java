package reglab.applet.ui;

import org.teavm.jso.dom.html.HTMLElement;

/**
 * Text whose box keeps its size while what it says changes: a status line, a line of numbers, a
 * button's label. The text shares one grid cell with an invisible sizer, and the cell is as tall
 * and wide as the larger of the two. The sizer holds what the text is expected to need at most
 * (a label's longest wording, or as many digits as the longest sentence a view writes — digits are
 * wider than most letters), and grows, never shrinks, when a text is longer. Nothing on the page
 * then moves when an experiment starts, trains and finishes before its reader's eyes.
 */
public final class SteadyText {

    /** What a reserve of characters is made of: words of digits. */
    private static final String WORD = "0000 ";

    private final HTMLElement text;
    private final HTMLElement sizer;
    private int reserved;

    /**
     * @param parent  where the text goes
     * @param tag     the element of the text and of its box ({@code span} inside a line, else {@code p} or {@code div})
     * @param cls     the text's class; its box gets {@code cls + "-area"} and {@code reglab-steady}
     * @param reserve the sizer's text
     */
    public SteadyText(HTMLElement parent, String tag, String cls, String reserve) {
        HTMLElement area = Dom.el(parent, tag.equals("span") ? "span" : "div", cls + "-area reglab-steady");
        text = Dom.el(area, tag, cls);
        sizer = Dom.text(area, tag, "reglab-steady-sizer", reserve);
        sizer.setAttribute("aria-hidden", "true");
        reserved = reserve.length();
    }

    /** A reserve of {@code characters} characters in words of digits. */
    public static String characters(int characters) {
        return WORD.repeat((characters + WORD.length() - 1) / WORD.length());
    }

    /** The element that holds the text (for ids, roles and ARIA attributes). */
    public HTMLElement element() {
        return text;
    }

    public void show(String value) {
        text.setTextContent(value);
        if (value.length() > reserved) {
            reserved = value.length();
            sizer.setTextContent(characters(reserved));
        }
    }
}
