package reglab.core.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the digits asset {@link Digits#RESOURCE} from the classpath, for the JVM (tests, the CLI).
 * Pages do not use this class: they load the same file with a {@code <script>} tag and decode
 * {@code globalThis.reglabDigits} with {@link Digits#decode}, so the data is never compiled into
 * the browser module.
 */
public final class DigitsResource {

    private DigitsResource() {
    }

    /**
     * @throws IllegalStateException if the resource is missing or unreadable (a broken build, not
     *     a user error)
     */
    public static Digits load() {
        return Digits.fromScript(text());
    }

    /** The asset script's text (UTF-8; it is ASCII). */
    public static String text() {
        try (InputStream in = DigitsResource.class.getClassLoader().getResourceAsStream(Digits.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + Digits.RESOURCE
                        + " is missing; rebuild regularization-core");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                bytes.write(buffer, 0, n);
            }
            return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read classpath resource " + Digits.RESOURCE
                    + ": " + e.getMessage(), e);
        }
    }
}
