package reglab.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import reglab.core.data.CsvException;
import reglab.core.data.CsvReader;
import reglab.core.data.CsvTable;

/**
 * The design matrix and target that {@code fit} and {@code path} read from a CSV file: every
 * column except the target is a feature, in file order. Problems become one {@link UserError}.
 */
final class TrainingData {

    final String[] features;
    /** Row-major rows-by-features. */
    final double[] x;
    final double[] y;
    final int rows;

    private TrainingData(String[] features, double[] x, double[] y, int rows) {
        this.features = features;
        this.x = x;
        this.y = y;
        this.rows = rows;
    }

    int cols() {
        return features.length;
    }

    static TrainingData load(String command, String file, String target) throws UserError {
        Path path = Path.of(file);
        String text;
        try {
            text = decode(Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            throw new UserError(command + ": data file '" + file + "' does not exist");
        } catch (CharacterCodingException e) {
            throw new UserError(command + ": data file '" + file + "' is not UTF-8 text");
        } catch (IOException e) {
            throw new UserError(command + ": cannot read data file '" + file + "': " + e.getMessage());
        }
        CsvTable table;
        try {
            table = CsvReader.parse(text, file);
        } catch (CsvException e) {
            throw new UserError(command + ": " + e.getMessage());
        }
        int t = table.indexOf(target);
        if (t < 0) {
            throw new UserError(command + ": no column '" + target + "' in " + file + "; available columns: "
                    + String.join(", ", table.names()));
        }
        if (table.cols() < 2) {
            throw new UserError(command + ": " + file + " has only the target column '" + target
                    + "'; at least one feature column is needed");
        }
        String[] names = table.names();
        String[] features = new String[names.length - 1];
        for (int j = 0, k = 0; j < names.length; j++) {
            if (j != t) {
                features[k++] = names[j];
            }
        }
        return new TrainingData(features, table.valuesWithout(t), table.column(t), table.rows());
    }

    /**
     * Strict UTF-8 decoding. Numeric CSV is nearly always ASCII, which is valid UTF-8 and one char
     * per byte: that case skips the decoder, whose copy through a char buffer cost seconds on the
     * 200 MB file of bench/cv-vs-glmnet.sh.
     */
    private static String decode(byte[] bytes) throws CharacterCodingException {
        for (byte b : bytes) {
            if (b < 0) {
                return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            }
        }
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
