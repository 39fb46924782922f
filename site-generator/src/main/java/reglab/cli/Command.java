package reglab.cli;

import java.io.PrintStream;

/**
 * One subcommand of the {@code ./reglab} launcher. Commands are thin adapters: they parse their
 * options with {@link Args}, call into the library, and print. A {@link UserError} thrown from
 * {@link #run} is shown to the user as one message, without a stack trace.
 */
public interface Command {

    /** The word typed after {@code ./reglab}, e.g. {@code build}. */
    String name();

    /** One line for the launcher's command list. */
    String summary();

    /** The full {@code --help} text: usage line, options with defaults, an example. */
    String help();

    /** Options that take a value, without the leading dashes (e.g. {@code out}). */
    java.util.Set<String> valuedOptions();

    /** Options that take no value, without the leading dashes. */
    default java.util.Set<String> flagOptions() {
        return java.util.Set.of();
    }

    /**
     * Runs the command.
     *
     * @param args the arguments after the command name
     * @param out  where results go (JSON for {@code fit}/{@code path}, progress for the others)
     * @return the process exit code (0 on success)
     * @throws UserError for bad input, with a message naming the file, line or value and what to do
     */
    int run(Args args, PrintStream out) throws UserError;
}
