package reglab.site.url;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of URL parts (RFC 3986, section 2.1), written once for the links of the site,
 * the offline bundle and the dev server. A {@code +} is a plus: it means a space only in HTML form
 * data, never in a path or fragment.
 */
public final class PercentEncoding {

    private PercentEncoding() {
    }

    /**
     * Decodes as a browser does (WHATWG URL Standard, "percent-decode", then UTF-8 decode): a
     * {@code %} not followed by two hex digits stays as written, and bytes that are not UTF-8
     * become U+FFFD. Never fails, so a link with a stray {@code %} is reported as pointing nowhere
     * rather than stopping the build with a stack trace.
     */
    public static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        return new String(bytes(raw, false), StandardCharsets.UTF_8);
    }

    /**
     * Decodes strictly: null if a {@code %} is not followed by two hex digits or the bytes are not
     * UTF-8. For the dev server, which refuses such a request rather than guessing what it names.
     */
    public static String decodeStrict(String raw) {
        byte[] bytes = bytes(raw, true);
        if (bytes == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * A decoded site path as it may be written in an {@code href}: {@code %}, space, {@code #} and
     * {@code ?} are encoded, everything else stays readable (browsers encode the rest themselves).
     */
    public static String encodePath(String path) {
        return path.replace("%", "%25").replace(" ", "%20").replace("#", "%23").replace("?", "%3F");
    }

    /** The bytes {@code raw} stands for; with {@code strict}, null at a malformed escape. */
    private static byte[] bytes(String raw, boolean strict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int hi = c == '%' && i + 2 < raw.length() ? hex(raw.charAt(i + 1)) : -1;
            int lo = hi >= 0 ? hex(raw.charAt(i + 2)) : -1;
            if (lo >= 0) {
                out.write(hi * 16 + lo);
                i += 2;
            } else if (c == '%' && strict) {
                return null;
            } else if (c < 0x80) {
                out.write(c);
            } else {
                int codePoint = raw.codePointAt(i);
                byte[] utf8 = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                out.write(utf8, 0, utf8.length);
                i += Character.charCount(codePoint) - 1;
            }
        }
        return out.toByteArray();
    }

    /** An ASCII hex digit's value, or -1 ({@link Character#digit} would also take other scripts' digits). */
    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }
}
