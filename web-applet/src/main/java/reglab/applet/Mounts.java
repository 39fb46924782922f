package reglab.applet;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import reglab.applet.catalogue.Catalogue;
import reglab.applet.catalogue.SpecText;
import reglab.applet.page.AppletAssets;
import reglab.applet.settings.Config;
import reglab.applet.settings.SpecException;
import reglab.applet.settings.UrlState;
import reglab.applet.ui.Dom;
import reglab.applet.ui.ExperimentView;

/**
 * Mounts experiments into their page elements: reads the element's spec, applies the page
 * address's changes, and asks the {@link Catalogue}'s experiment for its view.
 */
final class Mounts {

    /** Every mounted view, redrawn when the theme changes (a finished run draws no more frames). */
    private static final List<ExperimentView> VIEWS = new ArrayList<>();

    private Mounts() {
    }

    static void mount(HTMLElement element, String id) {
        Config start;
        try {
            start = SpecText.parseQuery(element.getAttribute(AppletAssets.SPEC_ATTRIBUTE));
        } catch (SpecException e) {
            fail(element, "This experiment's settings are invalid: " + e.getMessage());
            return;
        }
        List<String> problems = new ArrayList<>();
        Config url = UrlState.read(Dom.locationSearch(), id, start, problems);
        ExperimentView view = Catalogue.byName(start.schema().name()).view(element, id, start, url);
        element.setAttribute("data-reglab-id", id);
        if (VIEWS.isEmpty()) {
            Dom.onThemeChange(() -> {
                for (ExperimentView v : VIEWS) {
                    v.draw();
                }
            });
        }
        VIEWS.add(view);
        view.start(String.join("; ", problems));
    }

    private static void fail(HTMLElement element, String message) {
        HTMLElement status = element.querySelector(".reglab-applet-status");
        if (status == null) {
            status = Dom.el(element, "p", "reglab-applet-status");
        }
        status.setTextContent(message);
        element.setAttribute("data-reglab-state", "error");
    }
}
