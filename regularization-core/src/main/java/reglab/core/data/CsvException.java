package reglab.core.data;

/**
 * A CSV file that cannot be read as a numeric table. The message names the source, the 1-based
 * line of the file and the column, and says what is wrong; it is meant to be shown as is.
 */
public final class CsvException extends Exception {

    public CsvException(String message) {
        super(message, null, false, false);
    }
}
