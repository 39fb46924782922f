package reglab.site.bundle;

import java.util.List;
import java.util.Map;
import reglab.applet.page.AppletAssets;
import reglab.site.search.SearchIndex;

/**
 * Files that a site script loads by itself at run time, which no tag in a page names, so the
 * single-file edition must carry them too. Keyed by the loading script's file name; the loaded
 * files sit in the same folder.
 *
 * <p>The experiments' loader picks one backend at run time: the WasmGC module with its TeaVM
 * runtime, or TeaVM's JavaScript for browsers without WasmGC. Both travel in the bundle, once
 * each. A page of the single-file edition has the bundle file's {@code file:} URL, so the loader
 * instantiates the module from {@link AppletAssets#WASM_BYTES_SCRIPT} (its bytes as base64) as it does
 * from disk; the {@code .wasm} file itself, which only a web server's fetch reads, is left out.
 *
 * <p>The loader also adds the handwritten digits ({@link AppletAssets#DIGITS}) to a page that
 * holds the augmentation experiment.
 *
 * <p>The search box loads MiniSearch, its options and the serialized index when the reader first
 * uses it (script tags, which the page runtime points at the bundled copies).
 */
final class RuntimeLoads {

    private static final Map<String, List<String>> BY_LOADER = Map.of(
            AppletAssets.LOADER, List.of(AppletAssets.WASM_RUNTIME, AppletAssets.WASM_BYTES_SCRIPT, AppletAssets.JS_FALLBACK,
                    AppletAssets.DIGITS),
            SearchIndex.LOADER, SearchIndex.LOADED);

    private RuntimeLoads() {
    }

    /** Site paths of the files the script at {@code scriptPath} loads at run time (may be empty). */
    static List<String> of(String scriptPath) {
        int slash = scriptPath.lastIndexOf('/');
        String dir = scriptPath.substring(0, slash + 1);
        return BY_LOADER.getOrDefault(scriptPath.substring(slash + 1), List.of()).stream().map(n -> dir + n).toList();
    }
}
