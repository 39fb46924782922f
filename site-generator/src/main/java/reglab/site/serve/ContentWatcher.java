package reglab.site.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;
import reglab.site.markdown.applet.AppletOverlay;

/**
 * Watches a folder tree and reports changes in batches. Every folder is registered (the JDK's
 * WatchService is not recursive), folders created later are registered as they appear, and the
 * files already inside a new folder count as changed, since they may have been written before
 * the folder was registered. A batch is reported once no new event has arrived for the quiet
 * period, so an editor's write-rename-delete burst or a {@code git checkout} is one rebuild.
 * Editor scratch files (hidden names, {@code ~} backups, {@code .swp}) are ignored; the one hidden
 * folder the build reads, the experiments' {@code .overlay}, is watched. If the root
 * folder itself is deleted or replaced, the watcher notices within {@value #ROOT_CHECK_MILLIS} ms,
 * reports it, and watches the new folder once one is there.
 *
 * <p>Runs on its own daemon thread; {@code onBatch} is called on that thread with paths relative to
 * the watched root, and should hand the work off quickly.
 */
final class ContentWatcher implements AutoCloseable {

    /** How often an idle watcher checks that the root folder is still the one it watches. */
    private static final long ROOT_CHECK_MILLIS = 1000;

    private final Path root;
    private final long quietMillis;
    private final Consumer<Batch> onBatch;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;
    private Object rootKey;

    /**
     * One report of changes.
     *
     * @param paths       changed files and folders relative to the root; the empty path means
     *                    "anything may have changed" (event overflow, root folder replaced)
     * @param firstNanos  {@link System#nanoTime()} when the first event of the batch was seen
     */
    record Batch(Set<Path> paths, long firstNanos) {
    }

    ContentWatcher(Path root, Duration quiet, Consumer<Batch> onBatch) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.quietMillis = quiet.toMillis();
        this.onBatch = onBatch;
        this.service = FileSystems.getDefault().newWatchService();
        this.rootKey = fileKey(this.root);
        if (rootKey != null) {
            registerTree(this.root, new TreeSet<>());
        }
        this.thread = new Thread(this::loop, "reglab-watch");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing only fails if it is already closed
        }
        thread.interrupt();
    }

    private void loop() {
        Set<Path> batch = new TreeSet<>();
        long firstNanos = 0;
        try {
            while (true) {
                WatchKey key = service.poll(batch.isEmpty() ? ROOT_CHECK_MILLIS : quietMillis, TimeUnit.MILLISECONDS);
                if (key != null) {
                    firstNanos = batch.isEmpty() ? System.nanoTime() : firstNanos;
                    collect(key, batch);
                } else if (!Objects.equals(rootKey, fileKey(root))) {
                    firstNanos = batch.isEmpty() ? System.nanoTime() : firstNanos;
                    registerAgain(batch);
                } else if (!batch.isEmpty()) {
                    onBatch.accept(new Batch(Set.copyOf(batch), firstNanos));
                    batch.clear();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the server is stopping
        }
    }

    /**
     * The root folder was deleted, renamed away or replaced: inotify keeps following the old
     * folder, so drop every registration and watch whatever is at the root's path now.
     */
    private void registerAgain(Set<Path> batch) {
        folders.keySet().forEach(WatchKey::cancel);
        folders.clear();
        rootKey = fileKey(root);
        if (rootKey != null) {
            registerTree(root, batch);
        }
        batch.add(Path.of(""));
    }

    /** The folder's identity (device and inode on Linux), or null if it is not a folder now. */
    private static Object fileKey(Path dir) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(dir, BasicFileAttributes.class);
            return attributes.isDirectory() ? attributes.fileKey() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void collect(WatchKey key, Set<Path> batch) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                batch.add(Path.of(""));
                continue;
            }
            Path changed = folder.resolve((Path) event.context());
            if (ignored(changed)) {
                continue;
            }
            batch.add(root.relativize(changed));
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                registerTree(changed, batch);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private void registerTree(Path top, Set<Path> batch) {
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && ignored(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    try {
                        folders.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), dir);
                    } catch (IOException e) {
                        // vanished while walking: its parent's event already marks the batch
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!ignored(file)) {
                        batch.add(root.relativize(file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            batch.add(Path.of(""));
        }
    }

    private boolean ignored(Path p) {
        Path name = p.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString();
        if (n.endsWith("~") || n.endsWith(".swp") || n.endsWith(".swx")) {
            return true;
        }
        // The experiments' overlay is the one hidden folder the build reads: an author editing
        // .overlay/index.applets expects the page to reload like any other edit.
        return n.startsWith(".") && !p.equals(root.resolve(AppletOverlay.FOLDER));
    }
}
