package reglab.site.markdown.applet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import reglab.applet.page.AppletAssets;
import reglab.applet.page.AppletMarkup;
import reglab.site.SiteException;
import reglab.site.theme.PageAssets;

/**
 * The applet's files (loader, stylesheet, WasmGC module and runtime, its bytes for file://, the
 * JavaScript fallback), copied from the web-applet jar into {@value #DIR} of the site and linked
 * from every page that holds an experiment; the loader fetches one backend from the same folder.
 */
public final class AppletPageAssets implements PageAssets {

    /** Output folder of the applet's files, relative to the site root. */
    public static final String DIR = "assets/applet/";

    @Override
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : AppletAssets.files()) {
            String resource = AppletAssets.resource(name);
            try (InputStream in = AppletPageAssets.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new SiteException("the applet file " + resource + " is missing from the class"
                            + " path; rebuild with Maven (mvn -pl site-generator -am package)");
                }
                files.put(DIR + name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    @Override
    public boolean neededBy(String outputPath, String contentHtml) {
        return contentHtml.contains("class=\"" + AppletAssets.MOUNT_CLASS + "\"");
    }

    @Override
    public String headTags(String rootPrefix) {
        return AppletMarkup.headTags(rootPrefix + DIR);
    }

    @Override
    public String bodyEndTags(String rootPrefix) {
        return "";
    }
}
