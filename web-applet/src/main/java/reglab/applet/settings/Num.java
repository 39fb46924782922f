package reglab.applet.settings;

import reglab.core.math.DecimalParser;



/**
 * Number parsing and formatting that behaves the same on the JVM and under TeaVM (no
 * {@code String.format}, no reliance on {@code Math.round} halfway cases): what readers see beside
 * the pictures and what the URL carries.
 */
public final class Num {

    private Num() {
    }

    /** Parses a plain decimal ({@code 0.003}, {@code -2}, {@code 1e-4}); NaN if it is not one. */
    public static double parse(String s) {
        if (s == null || s.isEmpty() || s.length() > 32) {
            return Double.NaN;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '-'
                    || c == '+';
            if (!ok) {
                return Double.NaN;
            }
        }
        try {
            double x = DecimalParser.parse(s);
            return Double.isInfinite(x) ? Double.NaN : x;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * The value of an ASCII hex digit ({@code 0-9}, {@code a-f}, {@code A-F}), or -1. By hand:
     * {@code Character.digit} also reads every Unicode script's digits, and under TeaVM it pulls
     * their table into the browser module.
     */
    public static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    /** A whole number without a trailing {@code .0}; other values as {@link #sig}. */
    public static String plain(double x) {
        if (x == Math.floor(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return sig(x, 4);
    }

    /** {@code x} with {@code decimals} digits after the point, rounding half away from zero. */
    public static String fixed(double x, int decimals) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "-∞";
        }
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        double a = Math.abs(x);
        if (a * scale >= 9e17) {
            return sig(x, 6);
        }
        long units = (long) Math.floor(a * scale + 0.5);
        StringBuilder sb = new StringBuilder();
        if (x < 0 && units != 0) {
            sb.append('-');
        }
        sb.append(units / scale);
        if (decimals > 0) {
            String frac = Long.toString(units % scale + scale).substring(1);
            sb.append('.').append(frac);
        }
        return sb.toString();
    }

    /**
     * {@code x} with about {@code digits} significant digits: fixed notation for magnitudes in
     * [1e-3, 1e6), otherwise {@code 1.23e-5}.
     */
    public static String sig(double x, int digits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return x == 0 ? "0" : fixed(x, 0);
        }
        double a = Math.abs(x);
        int exp = (int) Math.floor(Math.log10(a));
        if (a >= 1e-3 && a < 1e6) {
            return trimZeros(fixed(x, Math.max(0, digits - 1 - exp)));
        }
        double mant = x / Math.pow(10, exp);
        String m = trimZeros(fixed(mant, Math.max(0, digits - 1)));
        if (m.equals("10") || m.equals("-10")) {
            m = m.startsWith("-") ? "-1" : "1";
            exp++;
        }
        return m + "e" + exp;
    }

    private static String trimZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }
}
