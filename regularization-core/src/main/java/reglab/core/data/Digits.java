package reglab.core.data;

/**
 * The UCI handwritten digits as scikit-learn's {@code load_digits} ships them: 1,797 images of 8×8
 * integer pixels in 0..16 (each pixel counts the on bits of a 4×4 block of a 32×32 bitmap), labels
 * 0..9, in scikit-learn's order. Pixels are stored row-major per image, image {@code i}'s pixel
 * {@code (r, c)} at {@code i·64 + r·8 + c}, as in {@code load_digits().data}.
 *
 * <p>Source and licence (show {@link #ATTRIBUTION} wherever the images are used): E. Alpaydin and
 * C. Kaynak, "Optical Recognition of Handwritten Digits", UCI Machine Learning Repository, 1998,
 * <a href="https://doi.org/10.24432/C50P49">doi:10.24432/C50P49</a>, CC BY 4.0.
 *
 * <p>The data lives outside the compiled code, in the script {@link #RESOURCE} (see the
 * {@code NOTICE.txt} beside it): a page loads it with a {@code <script>} tag, which works from
 * {@code file://} and in workers ({@code importScripts}), and passes the string it defines,
 * {@code globalThis.reglabDigits}, to {@link #decode}; the JVM reads the same file through
 * {@link DigitsResource}. The payload format, written by
 * {@code src/test/python/make_digits_asset.py}:
 *
 * <pre>
 * reglab-digits 1 &lt;height&gt; &lt;width&gt; &lt;count&gt;
 * &lt;height·width pixel characters&gt;&lt;label character&gt;     one line per image
 * </pre>
 *
 * where a pixel value v in 0..16 is one base-17 digit ({@code '0'..'9'}, {@code 'a'..'g'}) and the
 * label is {@code '0'..'9'}. Immutable.
 */
public final class Digits {

    /** Classpath path of the asset, which is also the file a page loads. */
    public static final String RESOURCE = "reglab/core/data/digits/reglab-digits.js";
    /** The global variable the asset script defines. */
    public static final String SCRIPT_GLOBAL = "reglabDigits";
    /** The attribution CC BY 4.0 asks for, to show beside the images. */
    public static final String ATTRIBUTION = "Handwritten digits: E. Alpaydin and C. Kaynak, "
            + "\"Optical Recognition of Handwritten Digits\", UCI Machine Learning Repository (1998), "
            + "https://doi.org/10.24432/C50P49, CC BY 4.0. Re-encoded for reglab.";
    public static final String SOURCE_URL = "https://doi.org/10.24432/C50P49";
    public static final String LICENSE_NAME = "CC BY 4.0";
    public static final String LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/";

    /** Digits 0..9. */
    public static final int CLASSES = 10;
    /** The largest pixel value (16 on bits of a 4×4 block). */
    public static final int MAX_PIXEL = 16;

    private static final String MAGIC = "reglab-digits";
    private static final int VERSION = 1;
    private static final String SYMBOLS = "0123456789abcdefg";

    private final int height;
    private final int width;
    private final int count;
    private final byte[] pixels;
    private final byte[] labels;

    private Digits(int height, int width, int count, byte[] pixels, byte[] labels) {
        this.height = height;
        this.width = width;
        this.count = count;
        this.pixels = pixels;
        this.labels = labels;
    }

    /**
     * Extracts the payload from the text of the asset script (the template literal assigned to
     * {@link #SCRIPT_GLOBAL}) and decodes it; what the JVM does with {@link #RESOURCE}.
     *
     * @throws IllegalArgumentException if the script holds no such literal or the payload is bad
     */
    public static Digits fromScript(String script) {
        if (script == null) {
            throw new IllegalArgumentException("digits script must not be null");
        }
        String assignment = "globalThis." + SCRIPT_GLOBAL + " = `";
        int start = script.indexOf(assignment);
        int end = start < 0 ? -1 : script.indexOf('`', start + assignment.length());
        if (end < 0) {
            throw new IllegalArgumentException("digits script: no " + assignment
                    + "...` literal found; regenerate it with src/test/python/make_digits_asset.py");
        }
        return decode(script.substring(start + assignment.length(), end));
    }

    /**
     * Decodes the payload described in the class comment. Line ends may be {@code \n} or
     * {@code \r\n}; a final line end is optional.
     *
     * @throws IllegalArgumentException naming the line (1-based) and column of the first error
     */
    public static Digits decode(String payload) {
        if (payload == null) {
            throw new IllegalArgumentException("digits payload must not be null");
        }
        int headerEnd = lineEnd(payload, 0);
        String[] header = words(payload.substring(0, headerEnd), 5);
        if (header == null || !header[0].equals(MAGIC)) {
            throw new IllegalArgumentException("digits line 1: expected '" + MAGIC
                    + " 1 <height> <width> <count>', got '" + clip(payload.substring(0, headerEnd)) + "'");
        }
        int version = headerNumber(header[1], "format version");
        if (version != VERSION) {
            throw new IllegalArgumentException("digits line 1: format version " + version
                    + " is not supported (this decoder reads version " + VERSION + ")");
        }
        int height = headerNumber(header[2], "height");
        int width = headerNumber(header[3], "width");
        int count = headerNumber(header[4], "count");
        // Each image takes size + 1 characters: a header asking for more than the text can hold is
        // wrong, and must not make us allocate for it.
        long need = (long) count * ((long) height * width + 1);
        if (need > payload.length()) {
            throw new IllegalArgumentException("digits line 1: " + count + " images of " + height + " x "
                    + width + " pixels need " + need + " characters, the data has " + payload.length());
        }
        int size = height * width;
        byte[] pixels = new byte[count * size];
        byte[] labels = new byte[count];
        int pos = next(payload, headerEnd);
        for (int i = 0; i < count; i++) {
            int line = i + 2;
            if (pos >= payload.length()) {
                throw new IllegalArgumentException("digits: the header announces " + count
                        + " images but the data ends after " + i);
            }
            int end = lineEnd(payload, pos);
            if (end - pos != size + 1) {
                throw new IllegalArgumentException("digits line " + line + ": expected " + size
                        + " pixel characters and a label, got " + (end - pos) + " characters");
            }
            for (int k = 0; k < size; k++) {
                char ch = payload.charAt(pos + k);
                int v = SYMBOLS.indexOf(ch);
                if (v < 0) {
                    throw new IllegalArgumentException("digits line " + line + ", column " + (k + 1)
                            + ": '" + ch + "' is not a pixel value (0-9 for 0..9, a-g for 10..16)");
                }
                pixels[i * size + k] = (byte) v;
            }
            char ch = payload.charAt(pos + size);
            if (ch < '0' || ch > '9') {
                throw new IllegalArgumentException("digits line " + line + ", column " + (size + 1)
                        + ": '" + ch + "' is not a label (0-9)");
            }
            labels[i] = (byte) (ch - '0');
            pos = next(payload, end);
        }
        if (payload.substring(Math.min(pos, payload.length())).trim().length() > 0) {
            throw new IllegalArgumentException("digits line " + (count + 2)
                    + ": data after the " + count + " images the header announces");
        }
        return new Digits(height, width, count, pixels, labels);
    }

    /**
     * The {@code n} space-separated words of {@code line}, or null if it has another number of
     * words (by hand: {@code String.split} would pull a regex engine into the browser module).
     */
    private static String[] words(String line, int n) {
        String[] w = new String[n];
        int found = 0;
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) == ' ') {
                i++;
                continue;
            }
            int start = i;
            while (i < line.length() && line.charAt(i) != ' ') {
                i++;
            }
            if (found == n) {
                return null;
            }
            w[found++] = line.substring(start, i);
        }
        return found == n ? w : null;
    }

    /**
     * A header number: one to nine ASCII digits (by hand: {@code Integer.parseInt} also reads every
     * Unicode script's digits, and under TeaVM it pulls their table into the browser module).
     */
    private static int headerNumber(String s, String what) {
        int v = s.isEmpty() || s.length() > 9 ? -1 : 0;
        for (int i = 0; i < s.length() && v >= 0; i++) {
            char c = s.charAt(i);
            v = c >= '0' && c <= '9' ? v * 10 + (c - '0') : -1;
        }
        if (v < 1) {
            throw new IllegalArgumentException("digits line 1: " + what
                    + " must be a whole number >= 1, got '" + s + "'");
        }
        return v;
    }

    /** Index of the line end at or after {@code from} (excluding a {@code \r} before it). */
    private static int lineEnd(String s, int from) {
        int nl = s.indexOf('\n', from);
        int end = nl < 0 ? s.length() : nl;
        return end > from && s.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    /** Start of the line after the one ending at {@code end}. */
    private static int next(String s, int end) {
        int p = end;
        if (p < s.length() && s.charAt(p) == '\r') {
            p++;
        }
        return p < s.length() && s.charAt(p) == '\n' ? p + 1 : p;
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** Pixels per image, {@code height × width}. */
    public int size() {
        return height * width;
    }

    /** Number of images. */
    public int count() {
        return count;
    }

    /** Pixel {@code (row, col)} of image {@code image}, in 0..16. */
    public int pixel(int image, int row, int col) {
        checkImage(image);
        if (row < 0 || row >= height || col < 0 || col >= width) {
            throw new IndexOutOfBoundsException("pixel (" + row + ", " + col + ") is outside the "
                    + height + " x " + width + " image");
        }
        return pixels[image * size() + row * width + col];
    }

    /** The digit shown by image {@code image}, in 0..9. */
    public int label(int image) {
        checkImage(image);
        return labels[image];
    }

    /** A copy of every label, in image order. */
    public int[] labels() {
        int[] l = new int[count];
        for (int i = 0; i < count; i++) {
            l[i] = labels[i];
        }
        return l;
    }

    private void checkImage(int image) {
        if (image < 0 || image >= count) {
            throw new IndexOutOfBoundsException("image " + image + " is outside [0, " + count + ")");
        }
    }

    /** Every image, as {@link #dataset(int[])} describes. */
    public Dataset dataset() {
        int[] all = new int[count];
        for (int i = 0; i < count; i++) {
            all[i] = i;
        }
        return dataset(all);
    }

    /**
     * The given images (in the given order, repeats allowed) as a data set: inputs are the pixels
     * divided by {@link #MAX_PIXEL}, so in [0, 1] ({@code [rows × height·width]}); targets are
     * one-hot rows over the 10 digits ({@code [rows × 10]}).
     *
     * @throws IllegalArgumentException if no index is given or one is out of range
     */
    public Dataset dataset(int[] images) {
        if (images == null || images.length == 0) {
            throw new IllegalArgumentException("a digits data set needs at least one image index");
        }
        int size = size();
        double[] x = new double[images.length * size];
        double[] y = new double[images.length * CLASSES];
        for (int k = 0; k < images.length; k++) {
            int i = images[k];
            if (i < 0 || i >= count) {
                throw new IllegalArgumentException("image index " + i + " out of range [0, " + count + ")");
            }
            for (int p = 0; p < size; p++) {
                x[k * size + p] = pixels[i * size + p] / (double) MAX_PIXEL;
            }
            y[k * CLASSES + labels[i]] = 1;
        }
        return Dataset.wrap(x, y, images.length, size, CLASSES);
    }
}
