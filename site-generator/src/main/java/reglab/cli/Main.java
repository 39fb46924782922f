package reglab.cli;

import java.io.PrintStream;
import reglab.site.SiteException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Entry point of {@code ./reglab}. Commands are registered explicitly (no reflection); each is a
 * thin adapter over the library.
 */
public final class Main {

    private Main() {
    }

    /** The launcher's commands, in the order {@code --help} lists them. */
    static Map<String, Command> commands() {
        Map<String, Command> all = new LinkedHashMap<>();
        for (Command c : new Command[] {
                // Each helper module registers its command here.
                new BuildCommand(),
                new ServeCommand(),
                new BundleCommand(),
                new FitCommand(),
                new PathCommand(),
                new CvCommand(),
        }) {
            all.put(c.name(), c);
        }
        return all;
    }

    public static void main(String[] argv) {
        System.exit(run(argv, System.out, System.err));
    }

    /** Runs one command line and returns its exit code; used by tests as well as {@link #main}. */
    public static int run(String[] argv, PrintStream out, PrintStream err) {
        Map<String, Command> commands = commands();
        if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("-h") || argv[0].equals("help")) {
            out.println(usage(commands));
            return argv.length == 0 ? 2 : 0;
        }
        Command command = commands.get(argv[0]);
        if (command == null) {
            err.println("reglab: unknown command '" + argv[0] + "'. Commands: " + String.join(", ", commands.keySet())
                    + " (and 'test'). Try ./reglab --help");
            return 2;
        }
        String[] rest = new String[argv.length - 1];
        System.arraycopy(argv, 1, rest, 0, rest.length);
        for (String a : rest) {
            if (a.equals("--help") || a.equals("-h")) {
                out.println(command.help());
                return 0;
            }
        }
        try {
            return command.run(Args.parse(command.name(), rest, command.valuedOptions(), command.flagOptions()), out);
        } catch (UserError e) {
            err.println("error: " + e.getMessage());
            return e.exitCode();
        } catch (SiteException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    static String usage(Map<String, Command> commands) {
        StringBuilder sb = new StringBuilder("Usage: ./reglab <command> [options]\n\nCommands:\n");
        for (Command c : commands.values()) {
            sb.append(String.format("  %-8s %s%n", c.name(), c.summary()));
        }
        sb.append(String.format("  %-8s %s%n", "test", "run the whole test suite (Maven verify)"));
        sb.append("\nRun ./reglab <command> --help for its options.");
        return sb.toString();
    }
}
