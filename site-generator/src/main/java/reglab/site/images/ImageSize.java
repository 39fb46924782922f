package reglab.site.images;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The size an image is displayed at, in CSS pixels, read from the file's header: PNG, GIF and
 * JPEG through the JDK's {@code javax.imageio} (header only, nothing decoded), with a JPEG's EXIF
 * orientation applied as browsers apply it (a photo stored sideways is displayed upright, its
 * width and height swapped); WebP from its RIFF header (VP8, VP8L and VP8X layouts, which
 * {@code javax.imageio} does not read); SVG from its root's {@code width}/{@code height} or
 * {@code viewBox} ({@link SvgImage}).
 *
 * @param width  displayed width in CSS pixels
 * @param height displayed height in CSS pixels
 */
public record ImageSize(int width, int height) {

    static {
        ImageIO.setUseCache(false);
    }

    /**
     * The size of the image in {@code data}, or null when the format is not one of the above or
     * the header does not say.
     *
     * @param name the file name; only an {@code .svg} name is read as SVG
     */
    public static ImageSize of(byte[] data, String name) {
        if (name.toLowerCase(Locale.ROOT).endsWith(".svg")) {
            return SvgImage.read(data, name).size();
        }
        if (startsWith(data, 0, "RIFF") && startsWith(data, 8, "WEBP")) {
            return webp(data);
        }
        ImageSize size = imageIo(data);
        if (size != null && data.length > 3 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8) {
            int orientation = JpegOrientation.of(data);
            if (orientation >= 5 && orientation <= 8) {
                return new ImageSize(size.height(), size.width());
            }
        }
        return size;
    }

    private static ImageSize imageIo(byte[] data) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new ImageSize(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** WebP's RIFF container (Google's "WebP Container Specification"): the first chunk gives the size. */
    private static ImageSize webp(byte[] d) {
        if (d.length < 30) {
            return null;
        }
        if (startsWith(d, 12, "VP8 ") && (d[23] & 0xff) == 0x9d && (d[24] & 0xff) == 0x01 && (d[25] & 0xff) == 0x2a) {
            return new ImageSize(le16(d, 26) & 0x3fff, le16(d, 28) & 0x3fff);
        }
        if (startsWith(d, 12, "VP8L") && (d[20] & 0xff) == 0x2f) {
            int bits = le16(d, 21) | le16(d, 23) << 16;
            return new ImageSize((bits & 0x3fff) + 1, (bits >>> 14 & 0x3fff) + 1);
        }
        if (startsWith(d, 12, "VP8X")) {
            return new ImageSize(le24(d, 24) + 1, le24(d, 27) + 1);
        }
        return null;
    }

    private static boolean startsWith(byte[] d, int at, String ascii) {
        if (d.length < at + ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (d[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int le16(byte[] d, int at) {
        return (d[at] & 0xff) | (d[at + 1] & 0xff) << 8;
    }

    private static int le24(byte[] d, int at) {
        return le16(d, at) | (d[at + 2] & 0xff) << 16;
    }
}
