package reglab.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a numeric CSV table (RFC 4180 quoting, comma separator, first line the header). Every
 * data cell must be a finite decimal number; blank lines are skipped. Problems are reported as a
 * {@link CsvException} naming the 1-based line of the file and the column name.
 */
public final class CsvReader {

    private CsvReader() {
    }

    /**
     * Parses {@code text}.
     *
     * @param source how to name the input in messages, e.g. the file name
     */
    public static CsvTable parse(String text, String source) throws CsvException {
        int len = text.length();
        int pos = text.startsWith("\uFEFF") ? 1 : 0;
        int lineNo = 0;
        String[] names = null;
        int headerLine = 0;
        double[] values = new double[0];
        int rows = 0;
        // Lines end at "\r\n", "\n" or "\r"; blank lines (only spaces or controls) are skipped.
        while (true) {
            int end = pos;
            while (end < len && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            lineNo++;
            if (!blank(text, pos, end)) {
                if (names == null) {
                    names = header(text.substring(pos, end), source, lineNo);
                    headerLine = lineNo;
                    // One array for all rows, sized by the line breaks left (an upper bound on the rows),
                    // so that millions of values are never copied while the table grows.
                    values = new double[(lineBreaks(text, end) + 1) * names.length];
                } else {
                    row(text, pos, end, source, lineNo, names, values, rows * names.length);
                    rows++;
                }
            }
            if (end == len) {
                break;
            }
            pos = end + (text.charAt(end) == '\r' && end + 1 < len && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        if (names == null) {
            throw new CsvException(source + ": the file is empty; expected a header row of column names");
        }
        if (rows == 0) {
            throw new CsvException(source + ": no data rows after the header (line " + headerLine + ")");
        }
        return new CsvTable(names, values, rows);
    }

    /** The number of line ends ("\r\n", "\n" or "\r") in {@code text} from {@code from} on. */
    private static int lineBreaks(String text, int from) {
        int count = 0;
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n' || (c == '\r' && (k + 1 == text.length() || text.charAt(k + 1) != '\n'))) {
                count++;
            }
        }
        return count;
    }

    private static boolean blank(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) > ' ') {
                return false;
            }
        }
        return true;
    }

    private static String[] header(String line, String source, int lineNo) throws CsvException {
        String[] names = split(line, source, lineNo).toArray(new String[0]);
        for (int j = 0; j < names.length; j++) {
            if (names[j].isEmpty()) {
                throw new CsvException(source + ": line " + lineNo + ": column " + (j + 1) + " has an empty name");
            }
            for (int k = 0; k < j; k++) {
                if (names[k].equals(names[j])) {
                    throw new CsvException(source + ": line " + lineNo + ": column name '" + names[j] + "' appears twice");
                }
            }
        }
        return names;
    }

    /**
     * Parses the data line {@code text[from, to)} into {@code out[at .. at + names.length)}. Unquoted
     * cells are read in place (a large file has millions); a line with a quote, the wrong number of
     * cells or a bad value goes through {@link #split} and {@link #number}, which word the errors.
     */
    private static void row(String text, int from, int to, String source, int lineNo, String[] names, double[] out, int at)
            throws CsvException {
        int cols = names.length;
        int c = 0;
        int a = from;
        boolean plain = true;
        while (plain) {
            int b = a;
            while (b < to && text.charAt(b) != ',' && text.charAt(b) != '"') {
                b++;
            }
            if (c == cols || (b < to && text.charAt(b) == '"')) {
                plain = false;
                break;
            }
            double v = plainNumber(text, a, b);
            if (Double.isNaN(v)) {
                plain = false;
                break;
            }
            out[at + c++] = v;
            if (b == to) {
                break;
            }
            a = b + 1;
        }
        if (plain && c == cols) {
            return;
        }
        List<String> cells = split(text.substring(from, to), source, lineNo);
        if (cells.size() != cols) {
            throw new CsvException(source + ": line " + lineNo + " has " + cells.size() + " cells but the header has "
                    + cols + " columns");
        }
        for (int j = 0; j < cols; j++) {
            out[at + j] = number(cells.get(j), source, lineNo, names[j]);
        }
    }

    /**
     * The finite plain decimal in {@code text[from, to)} (surrounding spaces and controls ignored,
     * as {@link String#trim}), or NaN if the cell is anything else — {@link #number} then says what.
     */
    private static double plainNumber(String text, int from, int to) {
        while (from < to && text.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) <= ' ') {
            to--;
        }
        if (from == to) {
            return Double.NaN;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return Double.NaN;
            }
        }
        try {
            double v = Double.parseDouble(text.substring(from, to));
            return Double.isInfinite(v) ? Double.NaN : v;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double number(String raw, String source, int line, String column) throws CsvException {
        String s = raw.trim();
        String where = source + ": line " + line + ", column '" + column + "': ";
        if (s.isEmpty()) {
            throw new CsvException(where + "empty cell; every cell must hold a number");
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("nan") || lower.contains("inf")) {
            throw new CsvException(where + "'" + s + "' is not a finite number (NaN and infinities are not allowed)");
        }
        // Double.parseDouble also takes hex and 'd'/'f' suffixes; accept plain decimals only.
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                throw new CsvException(where + "'" + s + "' is not a number");
            }
        }
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new CsvException(where + "'" + s + "' is not a number");
        }
        if (Double.isInfinite(v)) {
            throw new CsvException(where + "'" + s + "' is too large for a double (not finite)");
        }
        return v;
    }

    /** Splits one line into cells, honouring double quotes ("" inside quotes is a quote). */
    private static List<String> split(String line, String source, int lineNo) throws CsvException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (quoted) {
                if (c == '"') {
                    if (k + 1 < line.length() && line.charAt(k + 1) == '"') {
                        cell.append('"');
                        k++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new CsvException(source + ": line " + lineNo + ": a quoted cell is not closed (quotes spanning lines are not supported)");
        }
        cells.add(cell.toString().trim());
        return cells;
    }
}
