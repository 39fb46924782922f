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
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        int line = 0;
        while (line < lines.length && lines[line].trim().isEmpty()) {
            line++;
        }
        if (line == lines.length) {
            throw new CsvException(source + ": the file is empty; expected a header row of column names");
        }
        int headerLine = line + 1;
        String[] names = split(lines[line], source, headerLine).toArray(new String[0]);
        for (int j = 0; j < names.length; j++) {
            if (names[j].isEmpty()) {
                throw new CsvException(source + ": line " + headerLine + ": column " + (j + 1) + " has an empty name");
            }
            for (int k = 0; k < j; k++) {
                if (names[k].equals(names[j])) {
                    throw new CsvException(source + ": line " + headerLine + ": column name '" + names[j] + "' appears twice");
                }
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (line++; line < lines.length; line++) {
            if (lines[line].trim().isEmpty()) {
                continue;
            }
            int lineNo = line + 1;
            List<String> cells = split(lines[line], source, lineNo);
            if (cells.size() != names.length) {
                throw new CsvException(source + ": line " + lineNo + " has " + cells.size() + " cells but the header has "
                        + names.length + " columns");
            }
            double[] row = new double[names.length];
            for (int j = 0; j < names.length; j++) {
                row[j] = number(cells.get(j), source, lineNo, names[j]);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new CsvException(source + ": no data rows after the header (line " + headerLine + ")");
        }
        double[] values = new double[rows.size() * names.length];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, values, i * names.length, names.length);
        }
        return new CsvTable(names, values, rows.size());
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
