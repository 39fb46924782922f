package reglab.applet.ui;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** Small DOM helpers for the views; every element is created under a parent passed in. */
public final class Dom {

    private static int nextId;

    private Dom() {
    }

    /** A new {@code <tag class="cls">} appended to {@code parent}. */
    public static HTMLElement el(HTMLElement parent, String tag, String cls) {
        HTMLElement e = HTMLDocument.current().createElement(tag);
        if (cls != null) {
            e.setClassName(cls);
        }
        parent.appendChild(e);
        return e;
    }

    /** A new element holding {@code text}. */
    public static HTMLElement text(HTMLElement parent, String tag, String cls, String text) {
        HTMLElement e = el(parent, tag, cls);
        e.setTextContent(text);
        return e;
    }

    /** A page-unique id for label/control pairs. */
    public static String uniqueId(String base) {
        nextId++;
        return "reglab-" + base + "-" + nextId;
    }

    /** A canvas of the given CSS size, sharp on high-density screens; returns its 2-D context. */
    public static CanvasRenderingContext2D canvas(HTMLElement parent, String cls, int width,
            int height, String label) {
        HTMLCanvasElement c = (HTMLCanvasElement) el(parent, "canvas", cls);
        double ratio = Math.max(1, Math.min(2, devicePixelRatio()));
        c.setWidth((int) (width * ratio));
        c.setHeight((int) (height * ratio));
        c.setAttribute("style", "width:" + width + "px;height:" + height + "px");
        c.setAttribute("role", "img");
        c.setAttribute("aria-label", label);
        CanvasRenderingContext2D g = (CanvasRenderingContext2D) c.getContext("2d");
        g.scale(ratio, ratio);
        return g;
    }

    @JSBody(script = "return window.devicePixelRatio || 1;")
    private static native double devicePixelRatio();

    /** The computed value of a CSS custom property on {@code element}, trimmed. */
    @JSBody(params = {"element", "name"},
            script = "return getComputedStyle(element).getPropertyValue(name).trim();")
    public static native String cssVariable(HTMLElement element, String name);

    /** A Java callback JavaScript can call. */
    @JSFunctor
    public interface Callback extends JSObject {
        void run();
    }

    /**
     * Calls {@code callback} whenever the light/dark theme may have changed: the site's toggle
     * sets {@code data-theme} on the root element, the system setting fires a media-query change.
     */
    @JSBody(params = "callback", script = "new MutationObserver(function () { callback(); })"
            + ".observe(document.documentElement, {attributes: true,"
            + " attributeFilter: ['data-theme', 'class']});"
            + "if (window.matchMedia) { matchMedia('(prefers-color-scheme: dark)')"
            + ".addEventListener('change', function () { callback(); }); }")
    public static native void onThemeChange(Callback callback);

    /**
     * Calls {@code callback} once, when some of {@code element} is first inside the viewport: at
     * once if it is now, else when an {@code IntersectionObserver} sees it (at once, too, in a
     * browser without one). An element not rendered ({@code display: none}) waits until it is.
     */
    @JSBody(params = {"element", "callback"}, script = "var r = element.getBoundingClientRect();"
            + "if (!('IntersectionObserver' in window) || (r.width > 0 && r.height > 0"
            + " && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth)) {"
            + " callback(); return; }"
            + "var o = new IntersectionObserver(function (entries) {"
            + " for (var i = 0; i < entries.length; i++) { if (entries[i].isIntersecting) {"
            + " o.disconnect(); callback(); return; } } });"
            + "o.observe(element);")
    public static native void whenVisible(HTMLElement element, Callback callback);

    /** The page's query string including {@code ?}, or empty. */
    @JSBody(script = "return location.search;")
    public static native String locationSearch();

    /**
     * Replaces the page's query without reloading or adding a history entry; pages opened from
     * {@code file://} may refuse, which only means the link does not carry the state.
     */
    @JSBody(params = "query", script = "try { history.replaceState(history.state, '', "
            + "location.pathname + (query ? '?' + query : '') + location.hash); } catch (e) {}")
    public static native void replaceQuery(String query);
}
