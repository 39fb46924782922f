package reglab.site.bundle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/** The link annotations of a PDF, read back with PDFBox: web addresses and links within the document. */
record PdfLinks(List<String> uris, int internal) {

    static PdfLinks read(Path pdf) throws IOException {
        List<String> uris = new ArrayList<>();
        int internal = 0;
        try (PDDocument doc = PDDocument.load(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (!(a instanceof PDAnnotationLink link)) {
                        continue;
                    }
                    PDAction action = link.getAction();
                    if (action instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    } else if (link.getDestination() != null || action != null) {
                        internal++;
                    }
                }
            }
        }
        return new PdfLinks(uris, internal);
    }
}
