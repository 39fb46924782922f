package reglab.site.render.browser;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import reglab.site.files.FileTrees;

/**
 * A lasting Chromium profile for the browser that renders one build ({@code ./reglab build}), so
 * that the render page's files and V8's compiled code of them (Mermaid's 5.5 MB of modules, KaTeX,
 * highlight.js, svgo, MiniSearch) carry over from one build to the next instead of being loaded
 * and compiled anew: the page loads its libraries in about a third of the time (measured with
 * playwright-core on this machine: 1.0-1.4 s to 0.3-0.4 s). Like the driver's code cache
 * ({@link PlaywrightDriver}) it holds the tool's code, never rendered output; {@code REGLAB_CDS=0}
 * turns it off with the others.
 *
 * <p>The page must come from the same origin every time for Chromium to find its cached code, and
 * the browser must not intercept requests (Chromium turns the HTTP cache off for a page that
 * does): the page loads from {@link RenderServer#cachedOrigin()}, and the browser's host-resolver
 * rule ({@link RenderServer#hostRule()}) is what keeps it off the network.
 *
 * <p>A profile is used by one browser at a time, so there are {@value #SLOTS} of them,
 * {@code <cache>/render-profile-<n>/}, each taken with a file lock
 * ({@code render-profile-<n>.lock}) held until the browser has exited; when all are taken (builds
 * running at once) or anything fails, the build launches a browser with a throwaway profile, as
 * without this. A profile holds the files of one fingerprint of the page and its libraries
 * ({@link RenderPage#fingerprint()}): it is emptied when that changes, or when it outgrew
 * {@value #MAX_PROFILE_BYTES} bytes; Chromium's disk cache within it is capped at
 * {@value #DISK_CACHE_BYTES} bytes.
 */
final class RenderProfile implements AutoCloseable {

    /** How many profiles, i.e. builds at once that find their code cached. */
    static final int SLOTS = 3;
    /** Chromium's {@code --disk-cache-size}: a few times the 10 MB that the page's files take. */
    static final long DISK_CACHE_BYTES = 64L << 20;
    /** A profile larger than this (its history, its code cache) is emptied before use. */
    static final long MAX_PROFILE_BYTES = 256L << 20;
    /** File in the profile naming the fingerprint its caches were filled for. */
    private static final String STAMP = "reglab-fingerprint";

    private final Path dir;
    private final FileChannel channel;

    private RenderProfile(Path dir, FileChannel channel) {
        this.dir = dir;
        this.channel = channel;
    }

    /**
     * Launches {@code executable} with {@code extraArgs} and a lasting profile under
     * {@link PlaywrightDriver#cacheRoot()}, or with a throwaway profile
     * ({@link HeadlessChromium#launchForRendering}) when none is free, {@code REGLAB_CDS=0} is set,
     * or the launch with a profile fails.
     */
    static HeadlessChromium launch(Path executable, List<String> extraArgs) {
        if ("0".equals(System.getenv("REGLAB_CDS"))) {
            return HeadlessChromium.launchForRendering(executable, extraArgs, null);
        }
        return launch(executable, extraArgs, PlaywrightDriver.cacheRoot());
    }

    /** As {@link #launch(Path, List)}, with the profiles under {@code root}. */
    static HeadlessChromium launch(Path executable, List<String> extraArgs, Path root) {
        RenderServer server = RenderServer.acquire();
        RenderProfile profile = take(root);
        if (profile != null) {
            try {
                List<String> args = new ArrayList<>(extraArgs);
                args.add("--host-resolver-rules=" + server.hostRule());
                args.add("--disk-cache-size=" + DISK_CACHE_BYTES);
                HeadlessChromium chromium = HeadlessChromium.launchForRendering(executable, args, profile.dir);
                chromium.closeAfterwards(profile);
                chromium.closeAfterwards(RenderServer::release);
                return chromium;
            } catch (RuntimeException e) {
                // E.g. a browser left running on this profile by a killed build: a throwaway profile still works.
                profile.close();
            }
        }
        RenderServer.release();
        return HeadlessChromium.launchForRendering(executable, extraArgs, null);
    }

    /** The first free profile under {@code root}, locked and ready for the current fingerprint; null when none is. */
    static RenderProfile take(Path root) {
        for (int slot = 0; slot < SLOTS; slot++) {
            FileChannel channel = null;
            try {
                Files.createDirectories(root);
                channel = FileChannel.open(root.resolve("render-profile-" + slot + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    RenderProfile profile = new RenderProfile(root.resolve("render-profile-" + slot), channel);
                    profile.prepare();
                    return profile;
                }
            } catch (IOException | OverlappingFileLockException | UnsupportedOperationException e) {
                // Taken by this JVM, or the file system has no locks: try the next slot.
            }
            closeQuietly(channel);
        }
        return null;
    }

    /** The profile folder (Chromium's user data directory). */
    Path dir() {
        return dir;
    }

    /** Empties the profile when it was filled for another fingerprint or grew too large, and stamps it. */
    private void prepare() throws IOException {
        String fingerprint = RenderPage.fingerprint();
        Path stamp = dir.resolve(STAMP);
        boolean current = Files.isRegularFile(stamp)
                && Files.readString(stamp, StandardCharsets.UTF_8).equals(fingerprint);
        if (!current || size(dir) > MAX_PROFILE_BYTES) {
            FileTrees.deleteQuietly(dir);
            Files.createDirectories(dir);
            Files.writeString(stamp, fingerprint, StandardCharsets.UTF_8);
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** Releases the profile for the next build; call it once the browser using it has exited. */
    @Override
    public void close() {
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Closing the channel releases the lock; there is nothing else to undo.
        }
    }
}
