package reglab.applet.experiment.augmentation;

import org.teavm.classlib.PlatformDetector;
import org.teavm.jso.JSBody;
import reglab.core.data.Digits;
import reglab.core.data.DigitsResource;

/**
 * The handwritten digits, decoded once per page or JVM. In the browser (and in a worker) they come
 * from the script {@code reglab-digits.js}, which the loader adds to a page that holds this
 * experiment before it mounts or trains it ({@code globalThis.reglabDigits}); the data never goes
 * into the compiled module, which stays small. On the JVM they come from the same file on the
 * class path ({@link DigitsResource}); TeaVM compiles only the browser branch.
 */
final class DigitsSource {

    private static Digits digits;

    private DigitsSource() {
    }

    /**
     * @throws IllegalStateException if the page has not loaded the digits script
     */
    static Digits digits() {
        if (digits == null) {
            if (PlatformDetector.isTeaVM()) {
                String payload = pageDigits();
                if (payload == null) {
                    throw new IllegalStateException("the handwritten digits are not loaded: the page"
                            + " needs reglab-digits.js beside reglab-applet.js");
                }
                digits = Digits.decode(payload);
            } else {
                digits = DigitsResource.load();
            }
        }
        return digits;
    }

    @JSBody(script = "var d = globalThis." + Digits.SCRIPT_GLOBAL + ";"
            + " return typeof d === 'string' ? d : null;")
    private static native String pageDigits();
}
