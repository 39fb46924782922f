package reglab.applet.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExposeRuntimeSourceTest {

    @Test
    void wrapsOnceAndCallsTheFunction(@TempDir Path dir) throws Exception {
        Path js = dir.resolve("runtime.js");
        Files.writeString(js, "\"use strict\";\nvar x = 1;");
        ExposeRuntimeSource.main(new String[] {js.toString(), "reglabRuntime"});
        String once = Files.readString(js, StandardCharsets.UTF_8);
        assertEquals("function reglabRuntime(){\n\"use strict\";\nvar x = 1;\n}\nreglabRuntime.call(globalThis);\n", once);
        ExposeRuntimeSource.main(new String[] {js.toString(), "reglabRuntime"});
        assertEquals(once, Files.readString(js, StandardCharsets.UTF_8), "a second run changes nothing");
    }

    @Test
    void rejectsANameThatIsNoIdentifier(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExposeRuntimeSource.main(new String[] {dir.resolve("a.js").toString(), "no-name"}));
        assertTrue(e.getMessage().contains("identifier"), e.getMessage());
    }
}
