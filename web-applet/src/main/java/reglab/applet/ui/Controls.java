package reglab.applet.ui;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import reglab.applet.settings.Config;
import reglab.applet.settings.Num;
import reglab.applet.settings.Setting;
import reglab.applet.settings.SpecException;
import reglab.core.math.DecimalParser;

/**
 * A labelled, keyboard-reachable form control for each setting of an experiment's schema: a
 * select for choices, a checkbox for flags, a slider with its value shown beside it for ranges
 * (logarithmic for rates), a text field for lists. A change the setting rejects is shown beside
 * the control and not applied.
 */
public final class Controls {

    /** Receives a validated new configuration. */
    public interface Listener {
        void changed(Config config, String setting);
    }

    /** Slider steps across a logarithmic range. */
    private static final int LOG_STEPS = 120;

    private final HTMLElement panel;
    private final List<Runnable> refreshers = new ArrayList<>();
    private Config config;

    public Controls(HTMLElement parent, Config config, List<String> shown, Listener listener) {
        this.config = config;
        this.panel = Dom.el(parent, "div", "reglab-controls");
        for (Setting s : config.schema().settings()) {
            if (shown == null || shown.contains(s.name())) {
                add(s, listener);
            }
        }
    }

    public HTMLElement panel() {
        return panel;
    }

    /** Shows {@code updated} in every control (after a reset or an outside change). */
    public void show(Config updated) {
        this.config = updated;
        for (Runnable r : refreshers) {
            r.run();
        }
    }

    private void add(Setting s, Listener listener) {
        HTMLElement row = Dom.el(panel, "div", "reglab-control");
        String id = Dom.uniqueId(s.name());
        HTMLElement label = Dom.text(row, "label", null, s.label());
        label.setAttribute("for", id);
        HTMLElement error = HTMLDocument.current().createElement("span");
        error.setClassName("reglab-control-error");
        error.setAttribute("aria-live", "polite");
        switch (s.kind()) {
            case CHOICE: {
                HTMLSelectElement select = (HTMLSelectElement) Dom.el(row, "select", null);
                select.setId(id);
                select.setAttribute("data-setting", s.name());
                for (String choice : s.choices()) {
                    HTMLElement option = Dom.text(select, "option", null, choice);
                    option.setAttribute("value", choice);
                }
                select.setValue(config.get(s.name()));
                select.addEventListener("change", e -> apply(s, select.getValue(), error, listener));
                refreshers.add(() -> select.setValue(config.get(s.name())));
                break;
            }
            case FLAG: {
                HTMLInputElement box = (HTMLInputElement) Dom.el(row, "input", null);
                box.setType("checkbox");
                box.setId(id);
                box.setAttribute("data-setting", s.name());
                box.setChecked(config.flag(s.name()));
                box.addEventListener("change", e ->
                        apply(s, box.isChecked() ? "true" : "false", error, listener));
                refreshers.add(() -> box.setChecked(config.flag(s.name())));
                break;
            }
            case NUMBER:
            case INTEGER: {
                HTMLInputElement slider = (HTMLInputElement) Dom.el(row, "input", null);
                slider.setType("range");
                slider.setId(id);
                slider.setAttribute("data-setting", s.name());
                HTMLElement out = Dom.el(row, "output", "reglab-value");
                out.setAttribute("for", id);
                configureRange(s, slider);
                Runnable refresh = () -> {
                    slider.setValue(toSlider(s, config.number(s.name())));
                    out.setTextContent(config.get(s.name()));
                    slider.setAttribute("aria-valuetext", config.get(s.name()));
                };
                refresh.run();
                slider.addEventListener("input", e -> {
                    String value = fromSlider(s, slider.getValue());
                    out.setTextContent(value);
                    slider.setAttribute("aria-valuetext", value);
                });
                slider.addEventListener("change", e ->
                        apply(s, fromSlider(s, slider.getValue()), error, listener));
                refreshers.add(refresh);
                break;
            }
            default: {
                HTMLInputElement field = (HTMLInputElement) Dom.el(row, "input", null);
                field.setType("text");
                field.setId(id);
                field.setAttribute("data-setting", s.name());
                field.setAttribute("size", "8");
                field.setAttribute("title", s.allowed());
                field.setValue(config.get(s.name()));
                field.addEventListener("change", e -> apply(s, field.getValue(), error, listener));
                refreshers.add(() -> field.setValue(config.get(s.name())));
                break;
            }
        }
        row.appendChild(error);
    }

    private void apply(Setting s, String value, HTMLElement error, Listener listener) {
        Config updated;
        try {
            updated = config.with(s.name(), value);
        } catch (SpecException e) {
            error.setTextContent(e.getMessage());
            return;
        }
        error.setTextContent("");
        config = updated;
        listener.changed(updated, s.name());
    }

    private static void configureRange(Setting s, HTMLInputElement slider) {
        if (s.logScale()) {
            slider.setAttribute("min", "0");
            slider.setAttribute("max", Integer.toString(LOG_STEPS));
            slider.setAttribute("step", "1");
        } else {
            slider.setAttribute("min", Num.plain(s.min()));
            slider.setAttribute("max", Num.plain(s.max()));
            slider.setAttribute("step", s.kind() == Setting.Kind.INTEGER ? "1"
                    : Num.sig((s.max() - s.min()) / 100, 2));
        }
    }

    private static String toSlider(Setting s, double value) {
        if (!s.logScale()) {
            return Num.plain(value);
        }
        double t = Math.log(value / s.min()) / Math.log(s.max() / s.min());
        return Long.toString((long) Math.floor(t * LOG_STEPS + 0.5));
    }

    /** The setting's value for a slider position, rounded to what a reader would type. */
    private static String fromSlider(Setting s, String position) {
        double p = DecimalParser.parse(position);
        if (!s.logScale()) {
            return s.kind() == Setting.Kind.INTEGER ? Num.plain(Math.floor(p + 0.5))
                    : Num.sig(p, 3);
        }
        double v = s.min() * Math.pow(s.max() / s.min(), p / LOG_STEPS);
        v = Math.max(s.min(), Math.min(s.max(), DecimalParser.parse(Num.sig(v, 2))));
        return Num.sig(v, 2);
    }
}
