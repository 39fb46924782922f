import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import reglab.cli.Main;

/**
 * Benchmark helper for bench/cv-vs-glmnet.sh: runs one {@code ./reglab} command line in this JVM
 * (reglab.cli.Main.run, exactly what the launcher calls) and prints the time it took inside the
 * process, elapsed and CPU (all threads: the fold pool, the JIT compilers and the collector), next to
 * the CPU the JVM spent before reaching main. Usage: java CvInProcess OUT.json COMMAND [OPTIONS...]
 */
public final class CvInProcess {

    private CvInProcess() {
    }

    public static void main(String[] args) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        String[] command = new String[args.length - 1];
        System.arraycopy(args, 1, command, 0, command.length);
        int code;
        try (PrintStream out = new PrintStream(new FileOutputStream(args[0]), false, "UTF-8")) {
            code = Main.run(command, out, System.err);
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        System.out.printf("reglab in-process: %.3f s elapsed, %.3f s cpu (the JVM used %.3f s cpu before main)%n",
                elapsed, cpu, cpu0 / 1e9);
        System.exit(code);
    }
}
