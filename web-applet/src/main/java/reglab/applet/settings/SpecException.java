package reglab.applet.settings;



/**
 * A setting in an applet spec (a Markdown {@code applet} fence, a URL, or a console call) that is
 * unknown or out of range. The message names the setting, the bad value and what is allowed;
 * {@link #line()} is the 1-based line inside the fence body, or 0 when the spec has no lines.
 */
public final class SpecException extends RuntimeException {

    private final int line;

    public SpecException(String message) {
        this(message, 0);
    }

    public SpecException(String message, int line) {
        super(message);
        this.line = line;
    }

    /** 1-based line inside the fence body the problem is on, or 0 if not line-based. */
    public int line() {
        return line;
    }

    /** The same problem, attributed to a line of the fence body. */
    public SpecException atLine(int bodyLine) {
        return new SpecException(getMessage(), bodyLine);
    }
}
