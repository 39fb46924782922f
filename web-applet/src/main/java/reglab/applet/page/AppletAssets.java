package reglab.applet.page;

import java.util.List;
import reglab.core.data.Digits;

/**
 * The files a page with experiments needs, as classpath resources of the web-applet jar (the
 * site generator copies them next to the page's other assets, keeping the names). A page links
 * {@link #LOADER} and {@link #STYLESHEET} once, however many experiments it holds; the loader
 * fetches exactly one backend from the same folder.
 */
public final class AppletAssets {

    /** Classpath folder holding every file below but {@link #DIGITS} (see {@link #resource}). */
    public static final String RESOURCE_DIR = "reglab/applet/";

    /** Detects WasmGC, loads one backend, mounts every experiment, defines {@code window.reglab}. */
    public static final String LOADER = "reglab-applet.js";
    public static final String STYLESHEET = "reglab-applet.css";
    public static final String WASM_MODULE = "reglab-applet.wasm";
    public static final String WASM_RUNTIME = "reglab-applet.wasm-runtime.js";
    /** The WasmGC module as base64 in a script, for pages opened from {@code file://}. */
    public static final String WASM_BYTES_SCRIPT = "reglab-applet-bytes.js";
    /** TeaVM's JavaScript output, for browsers without WasmGC. */
    public static final String JS_FALLBACK = "reglab-applet-js.js";
    /**
     * The handwritten digits (CC BY 4.0, attributed in its header), a script the loader adds to a
     * page holding the augmentation experiment; it lives in the core's jar ({@link Digits#RESOURCE}).
     */
    public static final String DIGITS = "reglab-digits.js";

    /** CSS class of the element an experiment mounts into. */
    public static final String MOUNT_CLASS = "reglab-applet";
    /** Attribute of the mount element holding the spec in query form. */
    public static final String SPEC_ATTRIBUTE = "data-reglab-spec";

    private AppletAssets() {
    }

    /** Every file, in the order a copier may use. */
    public static List<String> files() {
        return List.of(LOADER, STYLESHEET, WASM_RUNTIME, WASM_MODULE, WASM_BYTES_SCRIPT,
                JS_FALLBACK, DIGITS);
    }

    /** The classpath path of {@code name}, one of {@link #files()}. */
    public static String resource(String name) {
        return name.equals(DIGITS) ? Digits.RESOURCE : RESOURCE_DIR + name;
    }
}
