package reglab.core.data;

/**
 * A numeric table read from CSV: named columns and a row-major matrix of finite values,
 * {@code values[i*cols + j]} for data row i (0-based, header excluded) and column j.
 *
 * <p>Immutable: accessors return copies.
 */
public final class CsvTable {

    private final String[] names;
    private final double[] values;
    private final int rows;

    /** @param values at least {@code rows × names.length} values, row-major; entries past them are ignored */
    CsvTable(String[] names, double[] values, int rows) {
        this.names = names;
        this.values = values;
        this.rows = rows;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return names.length;
    }

    /** A copy of the column names, in file order. */
    public String[] names() {
        return names.clone();
    }

    /** The index of the column called {@code name}, or -1. */
    public int indexOf(String name) {
        for (int j = 0; j < names.length; j++) {
            if (names[j].equals(name)) {
                return j;
            }
        }
        return -1;
    }

    public double get(int row, int col) {
        return values[row * names.length + col];
    }

    /** A copy of column {@code col}. */
    public double[] column(int col) {
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = values[i * names.length + col];
        }
        return out;
    }

    /** A copy of the whole table, row-major rows-by-cols. */
    public double[] values() {
        return java.util.Arrays.copyOf(values, rows * names.length);
    }

    /** The table without column {@code col}: row-major rows-by-(cols − 1), other columns in order. */
    public double[] valuesWithout(int col) {
        int c = names.length;
        double[] out = new double[rows * (c - 1)];
        int k = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < c; j++) {
                if (j != col) {
                    out[k++] = values[i * c + j];
                }
            }
        }
        return out;
    }
}
