package reglab.site.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sizes of raster images against what Pillow reports for the same files (written by
 * {@code src/test/python/make_image_fixtures.py} into {@code expected-sizes.txt}): PNG, GIF, JPEG
 * (one stored sideways with EXIF orientation 6), and WebP in its lossy, lossless and extended
 * layouts.
 */
class ImageSizeTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ImageSizeTest.class.getResourceAsStream("/images/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void everyFixtureHasTheSizePillowDisplaysItAt() throws IOException {
        List<String> checked = new ArrayList<>();
        for (String line : new String(resource("expected-sizes.txt"), StandardCharsets.UTF_8).split("\n")) {
            String[] f = line.split(" ");
            assertEquals(new ImageSize(Integer.parseInt(f[1]), Integer.parseInt(f[2])), ImageSize.of(resource(f[0]), f[0]), f[0]);
            checked.add(f[0]);
        }
        assertEquals(List.of("animated.webp", "lossless.webp", "lossy.webp", "plain.gif", "plain.jpg", "plain.png", "sideways.jpg"),
                checked);
    }

    @Test
    void theSidewaysPhotoIsStoredWiderThanTall() throws IOException {
        // The reference's 36x64 comes from the orientation tag, not from the stored pixels.
        byte[] jpeg = resource("sideways.jpg");
        assertEquals(6, JpegOrientation.of(jpeg));
        assertEquals(1, JpegOrientation.of(resource("plain.jpg")));
    }

    @Test
    void unknownOrTruncatedDataHasNoSize() throws IOException {
        assertNull(ImageSize.of("not an image".getBytes(StandardCharsets.UTF_8), "notes.txt"));
        byte[] png = resource("plain.png");
        assertNull(ImageSize.of(java.util.Arrays.copyOf(png, 12), "cut.png"));
        byte[] webp = resource("lossy.webp");
        assertNull(ImageSize.of(java.util.Arrays.copyOf(webp, 20), "cut.webp"));
        assertFalse(JpegOrientation.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe1, 0, 2}) != 1);
    }
}
