package reglab.site.images;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import reglab.site.markdown.image.ImageDimensions;
import reglab.site.url.Resolved;
import reglab.site.url.Url;

/**
 * The image stage of a page, after its links were rewritten: gives each image that is a file of
 * the site the size of that file ({@link reglab.site.markdown.image.ImageExtension} writes it). One per build; each file is
 * measured once.
 */
public final class ImageSizes {

    private final Function<String, byte[]> files;
    private final Map<String, Optional<ImageSize>> measured = new HashMap<>();

    /** @param files the bytes of a file of the site by its site path, or null when the site has none there */
    public ImageSizes(Function<String, byte[]> files) {
        this.files = files;
    }

    /** Records the size of every image of {@code document}, a page at site path {@code outputPath}. */
    public void measure(Document document, String outputPath) {
        visit(document, outputPath);
    }

    private void visit(Node parent, String outputPath) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            String written = n instanceof Image image ? image.getUrl().toString()
                    : n instanceof ImageRef ref && ref.getReferenceNode(ref.getDocument()) != null
                    ? ref.getReferenceNode(ref.getDocument()).getUrl().toString() : null;
            if (written != null) {
                Url url = Url.parse(written);
                Resolved target = url.kind().inSite() ? url.resolve(outputPath) : null;
                if (target != null && target.found()) {
                    Node image = n;
                    sizeOf(target.path()).ifPresent(size -> ImageDimensions.set(image, size.width(), size.height()));
                }
            }
            if (n.hasChildren()) {
                visit(n, outputPath);
            }
        }
    }

    private Optional<ImageSize> sizeOf(String sitePath) {
        return measured.computeIfAbsent(sitePath, p -> {
            byte[] data = files.apply(p);
            try {
                return data == null ? Optional.empty() : Optional.ofNullable(ImageSize.of(data, p));
            } catch (reglab.site.SiteException e) {
                // A broken SVG: the build stops when it copies the file, with the file's name in the content folder.
                return Optional.empty();
            }
        });
    }
}
