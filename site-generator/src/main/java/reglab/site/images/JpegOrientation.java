package reglab.site.images;

/**
 * A JPEG's EXIF orientation (TIFF tag 0x0112 in the APP1 "Exif" segment, CIPA DC-008): 1 is
 * upright; 5 to 8 mean the stored image is turned a quarter, so browsers, which honour the tag
 * ({@code image-orientation: from-image}, the default since 2020), display it with width and
 * height swapped. {@code javax.imageio} reads the size but not this tag.
 */
final class JpegOrientation {

    private static final int ORIENTATION_TAG = 0x0112;

    private JpegOrientation() {
    }

    /** The orientation, or 1 when the file has none (or is not a JPEG). */
    static int of(byte[] d) {
        int at = 2;
        while (at + 4 <= d.length && (d[at] & 0xff) == 0xff) {
            int marker = d[at + 1] & 0xff;
            int length = be16(d, at + 2, false);
            if (marker == 0xda || marker == 0xd9 || length < 2) {
                return 1;
            }
            if (marker == 0xe1 && at + 10 <= d.length && new String(d, at + 4, 6, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .equals("Exif\0\0")) {
                return fromTiff(d, at + 10, Math.min(d.length, at + 2 + length));
            }
            at += 2 + length;
        }
        return 1;
    }

    /** Reads IFD0 of the TIFF structure in {@code d[start, end)}. */
    private static int fromTiff(byte[] d, int start, int end) {
        if (start + 8 > end) {
            return 1;
        }
        boolean little = d[start] == 'I' && d[start + 1] == 'I';
        if (!little && !(d[start] == 'M' && d[start + 1] == 'M')) {
            return 1;
        }
        long ifd = start + be32(d, start + 4, little);
        if (ifd + 2 > end) {
            return 1;
        }
        int entries = be16(d, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                return 1;
            }
            if (be16(d, entry, little) == ORIENTATION_TAG) {
                int value = be16(d, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int be16(byte[] d, int at, boolean little) {
        int a = d[at] & 0xff;
        int b = d[at + 1] & 0xff;
        return little ? a | b << 8 : a << 8 | b;
    }

    private static long be32(byte[] d, int at, boolean little) {
        long hi = be16(d, at + (little ? 2 : 0), little);
        long lo = be16(d, at + (little ? 0 : 2), little);
        return hi << 16 | lo;
    }
}
