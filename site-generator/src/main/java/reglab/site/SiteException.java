package reglab.site;

/**
 * A problem in the content or the environment that the user can fix: a Mermaid syntax error, bad
 * math, broken front matter, a broken link, no browser. The message names the file and line (or the
 * value) and says what to do; the launcher prints it without a stack trace.
 */
public class SiteException extends RuntimeException {

    public SiteException(String message) {
        super(message, null, false, false);
    }

    public SiteException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
