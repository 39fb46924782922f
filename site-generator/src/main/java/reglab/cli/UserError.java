package reglab.cli;

/**
 * A problem the user can fix: bad input, a missing file, an invalid option. Its message is printed
 * as is (no stack trace) and the process exits with {@link #exitCode()}.
 */
public class UserError extends Exception {

    private final int exitCode;

    public UserError(String message) {
        this(message, 1);
    }

    public UserError(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
