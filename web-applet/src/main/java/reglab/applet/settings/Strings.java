package reglab.applet.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * String helpers that avoid {@code String.split} (a regular expression: under TeaVM it pulls the
 * whole regex engine into the module) and charset classes.
 */
public final class Strings {

    private Strings() {
    }

    /** Splits on every {@code separator}, keeping empty parts (like {@code split(sep, -1)}). */
    public static List<String> split(String s, char separator) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == separator) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }
}
