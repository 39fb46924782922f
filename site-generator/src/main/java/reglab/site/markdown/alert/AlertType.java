package reglab.site.markdown.alert;

import java.util.Locale;

/**
 * The five kinds of GitHub alert, with the title each shows and its icon (a 16×16 path of our own,
 * filled with the even-odd rule). The marker is matched without regard to case, as GitHub does.
 */
public enum AlertType {
    NOTE("Note", "M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1zm0 1.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11z"
            + "M7.25 7h1.5v4.5h-1.5zM8 4.1a.95.95 0 1 1 0 1.9.95.95 0 0 1 0-1.9z"),
    TIP("Tip", "M8 1a5 5 0 0 1 3 9v2H5v-2a5 5 0 0 1 3-9zm0 1.5a3.5 3.5 0 0 0-2.1 6.3l.6.45v1.25h3V9.25l.6-.45A3.5 3.5 0 0 0 8 2.5z"
            + "M5.5 13.25h5v1.5h-5z"),
    IMPORTANT("Important", "M2 1.5h12A1.5 1.5 0 0 1 15.5 3v8a1.5 1.5 0 0 1-1.5 1.5H7.2L3.5 15.5v-3H2A1.5 1.5 0 0 1 .5 11V3A1.5 1.5 0 0 1 2 1.5z"
            + "m0 1.5v8h3v1.6L6.9 11H14V3zM7.25 4h1.5v3.75h-1.5zm0 4.75h1.5v1.5h-1.5z"),
    WARNING("Warning", "M8 .8l7.6 13.7H.4zm0 3.1L3 13h10zM7.25 6.25h1.5v3.5h-1.5zm0 4.5h1.5v1.5h-1.5z"),
    CAUTION("Caution", "M5 .75h6L15.25 5v6L11 15.25H5L.75 11V5zm.62 1.5L2.25 5.62v4.76l3.37 3.37h4.76l3.37-3.37V5.62L10.38 2.25z"
            + "M7.25 4.5h1.5v4h-1.5zm0 5.25h1.5v1.5h-1.5z");

    private final String title;
    private final String iconPath;

    AlertType(String title, String iconPath) {
        this.title = title;
        this.iconPath = iconPath;
    }

    /** The title the callout shows, e.g. {@code Note}. */
    public String title() {
        return title;
    }

    /** The icon's SVG path data (16×16 view box, even-odd fill). */
    public String iconPath() {
        return iconPath;
    }

    /** The CSS modifier, e.g. {@code note}. */
    public String cssName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type a marker such as {@code NOTE} or {@code note} names, or null. */
    public static AlertType forMarker(CharSequence marker) {
        for (AlertType t : values()) {
            if (t.name().contentEquals(marker.toString().toUpperCase(Locale.ROOT))) {
                return t;
            }
        }
        return null;
    }
}
