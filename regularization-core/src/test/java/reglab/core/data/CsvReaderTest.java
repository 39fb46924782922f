package reglab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsHeaderQuotesAndRoundTripDecimals() throws CsvException {
        CsvTable t = CsvReader.parse("\uFEFFa,\"b, c\",d\r\n1,2.5,-3e-2\r\n\r\n0.1,1e300,4\r\n", "t.csv");
        assertArrayEquals(new String[] {"a", "b, c", "d"}, t.names());
        assertEquals(2, t.rows());
        assertArrayEquals(new double[] {1, 2.5, -0.03, 0.1, 1e300, 4}, t.values(), 0.0);
        assertEquals(1, t.indexOf("b, c"));
        assertEquals(-1, t.indexOf("zz"));
        assertArrayEquals(new double[] {1, -0.03, 0.1, 4}, t.valuesWithout(1), 0.0);
        assertArrayEquals(new double[] {2.5, 1e300}, t.column(1), 0.0);
    }

    /** Cells are read in place unless they hold a quote; both ways must agree with each other. */
    @Test
    void plainAndQuotedCellsPaddingAndEveryLineEnd() throws CsvException {
        CsvTable t = CsvReader.parse("x, y ,z\r 1 ,\t2,\"3\"\r\n  \t \n\"4\" , 5e0 ,+6.\r.7,-8,\" 9 \"", "t.csv");
        assertArrayEquals(new String[] {"x", "y", "z"}, t.names());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 0.7, -8, 9}, t.values(), 0.0);
        assertEquals("data.csv: line 3 has 2 cells but the header has 3 columns", error("x,y,z\n1,2,3\n4,\"5\"\n"));
        assertEquals("data.csv: line 2 has 4 cells but the header has 3 columns", error("x,y,z\r\n1,2,3,4\r\n"));
        assertEquals("data.csv: line 2, column 'z': '1e' is not a number", error("x,y,z\n1,2,1e\n"));
    }

    private static String error(String text) {
        return assertThrows(CsvException.class, () -> CsvReader.parse(text, "data.csv")).getMessage();
    }

    @Test
    void namesLineAndColumnOfBadCells() {
        assertEquals("data.csv: line 3, column 'y': 'NaN' is not a finite number (NaN and infinities are not allowed)",
                error("x,y\n1,2\n3,NaN\n"));
        assertEquals("data.csv: line 2, column 'x': '-Infinity' is not a finite number (NaN and infinities are not allowed)",
                error("x,y\n-Infinity,2\n"));
        assertEquals("data.csv: line 4, column 'y': 'abc' is not a number", error("x,y\n1,2\n\n3,abc\n"));
        assertEquals("data.csv: line 2, column 'x': '1e999' is too large for a double (not finite)", error("x,y\n1e999,2\n"));
        assertEquals("data.csv: line 2, column 'y': empty cell; every cell must hold a number", error("x,y\n1,\n"));
        assertEquals("data.csv: line 2, column 'x': '0x10' is not a number", error("x,y\n0x10,1\n"));
    }

    @Test
    void rejectsStructuralProblems() {
        assertEquals("data.csv: the file is empty; expected a header row of column names", error("\n\n"));
        assertEquals("data.csv: no data rows after the header (line 1)", error("x,y\n"));
        assertEquals("data.csv: line 3 has 3 cells but the header has 2 columns", error("x,y\n1,2\n1,2,3\n"));
        assertEquals("data.csv: line 1: column name 'x' appears twice", error("x,x\n1,2\n"));
        assertEquals("data.csv: line 1: column 2 has an empty name", error("x,\n1,2\n"));
        assertEquals("data.csv: line 2: a quoted cell is not closed (quotes spanning lines are not supported)",
                error("x,y\n\"1,2\n"));
    }
}
