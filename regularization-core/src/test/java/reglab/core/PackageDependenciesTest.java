package reglab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core's packages depend one way, as the README's map says: read from the sources' own
 * import lines, the package graph has no cycle, {@code check} and {@code math} use no other core
 * package, and {@code data} and {@code augment} do not use {@code nn}.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "reglab", "core");
    private static final Pattern PACKAGE = Pattern.compile("^package reglab\\.core\\.([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import reglab\\.core\\.([\\w.]+)\\.[A-Z]\\w*;", Pattern.MULTILINE);

    private static Map<String, Set<String>> graph() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path f : files) {
            String text = Files.readString(f);
            Matcher pm = PACKAGE.matcher(text);
            assertTrue(pm.find(), "no package line in " + f);
            String pkg = pm.group(1);
            Set<String> out = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
            Matcher im = IMPORT.matcher(text);
            while (im.find()) {
                if (!im.group(1).equals(pkg)) {
                    out.add(im.group(1));
                }
            }
        }
        return uses;
    }

    @Test
    void thePackageGraphHasNoCycle() throws IOException {
        Map<String, Set<String>> uses = graph();
        assertTrue(uses.size() >= 10, "read the core's sources: " + uses.keySet());
        for (String start : uses.keySet()) {
            Deque<List<String>> paths = new ArrayDeque<>();
            paths.add(List.of(start));
            while (!paths.isEmpty()) {
                List<String> path = paths.poll();
                for (String next : uses.getOrDefault(path.get(path.size() - 1), Set.of())) {
                    assertTrue(!next.equals(start), "cycle: " + String.join(" -> ", path) + " -> " + next);
                    if (!path.contains(next)) {
                        List<String> longer = new ArrayList<>(path);
                        longer.add(next);
                        paths.add(longer);
                    }
                }
            }
        }
    }

    @Test
    void theBottomPackagesStayAtTheBottom() throws IOException {
        Map<String, Set<String>> uses = graph();
        assertTrue(Set.of("math").containsAll(uses.get("check")), "check uses " + uses.get("check"));
        assertEquals(Set.of(), uses.get("math"));
        for (String pkg : new String[] {"data", "augment", "random", "linear"}) {
            for (String used : uses.get(pkg)) {
                assertTrue(!used.startsWith("nn"), pkg + " uses " + used);
            }
        }
    }
}
