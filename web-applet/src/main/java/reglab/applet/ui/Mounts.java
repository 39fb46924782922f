package reglab.applet.ui;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import reglab.applet.spec.AppletAssets;
import reglab.applet.spec.Config;
import reglab.applet.spec.Experiments;
import reglab.applet.spec.SpecException;
import reglab.applet.spec.SpecText;
import reglab.applet.spec.UrlState;

/** Mounts experiments into their page elements: the registry from experiment name to view. */
public final class Mounts {

    /** Every mounted view, redrawn when the theme changes (a finished run draws no more frames). */
    private static final List<ExperimentView> VIEWS = new ArrayList<>();

    private Mounts() {
    }

    public static void mount(HTMLElement element, String id) {
        Config start;
        try {
            start = SpecText.parseQuery(element.getAttribute(AppletAssets.SPEC_ATTRIBUTE));
        } catch (SpecException e) {
            fail(element, "This experiment's settings are invalid: " + e.getMessage());
            return;
        }
        List<String> problems = new ArrayList<>();
        Config url = UrlState.read(Dom.locationSearch(), id, start, problems);
        ExperimentView view = create(element, id, start, url);
        if (view == null) {
            fail(element, "The experiment '" + start.experiment().name()
                    + "' is not available in this version of the applet.");
            return;
        }
        element.setAttribute("data-reglab-id", id);
        if (VIEWS.isEmpty()) {
            Dom.onThemeChange(() -> {
                for (ExperimentView v : VIEWS) {
                    v.draw();
                }
            });
        }
        VIEWS.add(view);
        view.start();
        if (!problems.isEmpty()) {
            view.setStatus(String.join("; ", problems), "training");
        }
    }

    private static ExperimentView create(HTMLElement element, String id, Config start, Config url) {
        switch (start.experiment().name()) {
            case Experiments.PLAYGROUND:
                return new PlaygroundView(element, id, start, url);
            case Experiments.SPARSITY:
                return new SparsityView(element, id, start, url);
            case Experiments.GEOMETRY:
                return new GeometryView(element, id, start, url);
            case Experiments.OVERFITTING:
                return new OverfittingView(element, id, start, url);
            case Experiments.DROPOUT:
                return new DropoutView(element, id, start, url);
            default:
                return null;
        }
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
