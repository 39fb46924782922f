import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import reglab.site.render.browser.HeadlessChromium;

/**
 * Benchmark helper for bench/browser-start.sh: how long a fresh JVM takes until a script has run in
 * a blank page of a new headless Chromium, in one of two ways, and prints {@code <mode> <ms>}
 * (milliseconds from the JVM's start).
 *
 * <ul>
 *   <li>{@code playwright ARGS_FILE}: as every build starts its browser, through
 *       {@link HeadlessChromium#launch(Path)} (Playwright for Java, its Node.js driver, then
 *       Chromium); then writes the switches Playwright gave Chromium to ARGS_FILE.</li>
 *   <li>{@code pipe ARGS_FILE}: the JVM starts the same binary with the same switches itself and
 *       speaks the DevTools protocol to it over {@code --remote-debugging-pipe} (file descriptors
 *       3 and 4, which a shell maps to the process's standard input and output): no driver.</li>
 * </ul>
 *
 * Usage: java BrowserStart playwright|pipe BROWSER ARGS_FILE
 */
public final class BrowserStart {

    private static final Pattern TARGET_ID = Pattern.compile("\"targetId\":\"(\\w+)\"");
    private static final Pattern SESSION_ID = Pattern.compile("\"sessionId\":\"(\\w+)\"");

    public static void main(String[] args) throws Exception {
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        Path browser = Path.of(args[1]);
        Path argsFile = Path.of(args[2]);
        if (args[0].equals("playwright")) {
            try (HeadlessChromium chromium = HeadlessChromium.launch(browser)) {
                chromium.browser().newPage().evaluate("1 + 1");
                System.out.println("playwright " + (System.currentTimeMillis() - start));
                Files.writeString(argsFile, String.join("\n", switchesOfBrowserProcess(browser)));
            }
        } else {
            pipe(browser, Files.readAllLines(argsFile), start);
        }
    }

    /** The switches of the browser process among this JVM's descendants (not its helpers: no --type=). */
    private static List<String> switchesOfBrowserProcess(Path browser) throws IOException {
        for (ProcessHandle p : ProcessHandle.current().descendants().toList()) {
            Optional<String> command = p.info().command();
            if (command.isEmpty() || !Path.of(command.get()).getFileName().equals(browser.toRealPath().getFileName())) {
                continue;
            }
            byte[] raw = Files.readAllBytes(Path.of("/proc/" + p.pid() + "/cmdline"));
            List<String> argv = List.of(new String(raw, StandardCharsets.UTF_8).split("\0"));
            if (argv.stream().noneMatch(a -> a.startsWith("--type="))) {
                // Leave out what the pipe mode sets itself: the pipe, the throwaway profile, the start page.
                return argv.subList(1, argv.size()).stream()
                        .filter(a -> a.startsWith("--") && !a.startsWith("--remote-debugging") && !a.startsWith("--user-data-dir"))
                        .collect(Collectors.toList());
            }
        }
        throw new IllegalStateException("no browser process of " + browser + " found under this JVM");
    }

    private static void pipe(Path browser, List<String> switches, long start) throws Exception {
        Path profile = Files.createTempDirectory("browser-start");
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c",
                "exec \"$0\" \"$@\" 3<&0 4>&1 </dev/null >/dev/null", browser.toString()));
        command.addAll(switches);
        command.add("--remote-debugging-pipe");
        command.add("--user-data-dir=" + profile);
        command.add("about:blank");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (InputStream in = new BufferedInputStream(process.getInputStream()); OutputStream out = process.getOutputStream()) {
            send(out, "{\"id\":1,\"method\":\"Target.createTarget\",\"params\":{\"url\":\"about:blank\"}}");
            String target = find(TARGET_ID, reply(in, 1));
            send(out, "{\"id\":2,\"method\":\"Target.attachToTarget\",\"params\":{\"targetId\":\"" + target + "\",\"flatten\":true}}");
            String session = find(SESSION_ID, reply(in, 2));
            send(out, "{\"id\":3,\"sessionId\":\"" + session + "\",\"method\":\"Runtime.evaluate\",\"params\":{\"expression\":\"1 + 1\"}}");
            if (!reply(in, 3).contains("\"value\":2")) {
                throw new IllegalStateException("the page did not evaluate 1 + 1");
            }
            System.out.println("pipe " + (System.currentTimeMillis() - start));
            send(out, "{\"id\":4,\"method\":\"Browser.close\"}");
        } finally {
            process.waitFor();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void send(OutputStream out, String message) throws IOException {
        out.write(message.getBytes(StandardCharsets.UTF_8));
        out.write(0);
        out.flush();
    }

    /** Reads messages (each ends with a NUL byte) until the reply to {@code id}; events are skipped. */
    private static String reply(InputStream in, int id) throws IOException {
        String prefix = "{\"id\":" + id + ",";
        for (;;) {
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) > 0) {
                message.write(b);
            }
            if (b < 0) {
                throw new IOException("the browser closed its pipe before replying to message " + id);
            }
            String text = message.toString(StandardCharsets.UTF_8);
            if (text.startsWith(prefix)) {
                if (text.contains("\"error\":")) {
                    throw new IOException("the browser answered message " + id + " with " + text);
                }
                return text;
            }
        }
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + text);
        }
        return m.group(1);
    }
}
