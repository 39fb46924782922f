package reglab.site.html;

import reglab.site.url.Url;

/**
 * One URL written in a page or stylesheet of the built site.
 *
 * @param file     the site path of the file that contains it
 * @param context  where it was written, for messages: {@code <img src>}, {@code url()}, ...
 * @param value    the reference as the browser reads it (HTML entities decoded)
 * @param start    offset of the raw value's first character in the file's text
 * @param end      offset just past the raw value
 * @param resource true if the browser fetches it while showing the page (an image, a script, a
 *                 stylesheet, a font); false for a link the reader may follow
 */
public record Reference(String file, String context, String value, int start, int end, boolean resource) {

    /** The value read as a URL. */
    public Url url() {
        return Url.parse(value);
    }

    /** "{@code <img src>} 'https://x/y.png' in index.html", for error messages. */
    public String describe() {
        return context + " '" + value + "' in " + file;
    }
}
