package reglab.applet.experiment.augmentation;

import org.teavm.jso.dom.html.HTMLElement;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.applet.settings.Num;
import reglab.applet.ui.Dom;
import reglab.applet.ui.ExperimentView;
import reglab.applet.ui.ImageGrid;
import reglab.applet.ui.LineChart;
import reglab.core.data.Digits;

/**
 * Data augmentation on handwritten digits: accuracy on held-out digits by epoch for the model
 * trained on the digits as they are and for the one trained on augmented copies (training accuracy
 * thin, to show the gap augmentation narrows), and a grid of training digits with augmented
 * variants of each, so the reader sees what the second model sees. The digits' source and licence
 * are named under the pictures.
 */
public final class AugmentationView extends ExperimentView {

    private static final int W = 340;
    private static final int H = 200;
    private static final int GRID_W = 400;
    private static final int GRID_H = 190;
    private static final int LABEL_W = 70;

    private final LineChart accuracy;
    private final ImageGrid samples;
    private AugmentationRun digits;
    private double[] samplePixels;
    /** The colours the grid of samples was last drawn in, or null: it is redrawn only when they or the run change. */
    private String samplesDrawnIn;

    public AugmentationView(HTMLElement root, String id, Config start, Config url) {
        super(root, id, start, url, null);
        HTMLElement charts = Dom.el(pictures, "div", "reglab-charts");
        accuracy = new LineChart(Dom.canvas(charts, "reglab-accuracy", W, H,
                "Accuracy by epoch on held-out digits (thick) and on the training digits (thin), for the"
                        + " model trained on augmented digits and the one trained on the digits as they are"),
                W, H, 4);
        samples = new ImageGrid(Dom.canvas(charts, "reglab-samples", GRID_W, GRID_H,
                "Training digits 0 to 7 as they are (top row) and three augmented variants of each,"
                        + " as the augmented model sees them"), GRID_W, GRID_H, LABEL_W);
        HTMLElement credit = Dom.el(pictures, "p", "reglab-credit");
        Dom.text(credit, "span", null, "Handwritten digits: E. Alpaydin and C. Kaynak, “Optical"
                + " Recognition of Handwritten Digits”, UCI Machine Learning Repository (1998), ");
        link(credit, Digits.SOURCE_URL, "doi:10.24432/C50P49");
        Dom.text(credit, "span", null, ", licensed ");
        link(credit, Digits.LICENSE_URL, Digits.LICENSE_NAME);
        Dom.text(credit, "span", null, " (as scikit-learn's load_digits ships them).");
    }

    private static void link(HTMLElement parent, String href, String text) {
        HTMLElement a = Dom.text(parent, "a", null, text);
        a.setAttribute("href", href);
    }

    @Override
    protected int statusLength() {
        return 80; // 67 characters: the finished sentence at the defaults
    }

    @Override
    protected int numbersLength() {
        return 145; // 130 characters once trained at the defaults
    }

    @Override
    protected Run createRun(Config c) {
        digits = new AugmentationRun(c);
        samplePixels = digits.sampleImages();
        samplesDrawnIn = null;
        return digits;
    }

    @Override
    public void draw() {
        if (digits == null) {
            return;
        }
        refreshPalette();
        String colours = palette.foreground + palette.background + palette.muted + palette.grid;
        if (!colours.equals(samplesDrawnIn)) {
            drawSamples();
            samplesDrawnIn = colours;
        }
        DigitCurves aug = digits.curves(AugmentationRun.AUGMENTED);
        DigitCurves plain = digits.curves(AugmentationRun.PLAIN);
        int epochs = digits.config().integer("epochs");
        accuracy.begin(palette, 0, epochs, 0, 1, false, "epoch", "accuracy");
        if (aug != null) {
            accuracy.series(null, aug.valAccuracy, aug.entries, palette.positive, "augmented, held-out", false);
        }
        if (plain != null) {
            accuracy.series(null, plain.valAccuracy, plain.entries, palette.negative, "plain, held-out", false);
        }
        if (aug != null) {
            accuracy.series(null, aug.accuracy, aug.entries, palette.positive, "augmented, training", true);
        }
        if (plain != null) {
            accuracy.series(null, plain.accuracy, plain.entries, palette.negative, "plain, training", true);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("Trained on ").append(digits.trainRows()).append(" digits, validated on ")
                .append(digits.validationRows()).append(" others · accuracy on held-out digits: augmented ")
                .append(modelText(aug)).append(", plain ").append(modelText(plain));
        showNumbers(sb.toString());
        // The models train one after the other unless workers take them: the epoch shown is the
        // furthest either has come.
        root.setAttribute("data-reglab-epoch", Integer.toString(
                Math.max(digits.epochs(AugmentationRun.PLAIN), digits.epochs(AugmentationRun.AUGMENTED))));
    }

    /** The grid of samples: 2,048 squares, so drawn once per run and theme, not every frame. */
    private void drawSamples() {
        String[] labels = new String[1 + AugmentationRun.SAMPLE_VARIANTS];
        labels[0] = "original";
        for (int v = 1; v < labels.length; v++) {
            labels[v] = "augmented";
        }
        samples.draw(palette, "Augmentation: " + digits.describeAugmentation(), samplePixels,
                digits.sampleColumns(), 8, 8, labels);
    }

    private static String modelText(DigitCurves c) {
        if (c == null) {
            return "not started";
        }
        if (c.diverged) {
            return "diverged";
        }
        return pct(c.finalValAccuracy()) + " (epoch " + Math.max(0, c.entries - 1) + ")";
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "—" : Num.fixed(100 * v, 1) + "%";
    }

    @Override
    protected void describeFinish() {
        DigitCurves aug = digits.curves(AugmentationRun.AUGMENTED);
        DigitCurves plain = digits.curves(AugmentationRun.PLAIN);
        if (aug.diverged || plain.diverged) {
            setStatus("Diverged: the loss blew up, so training stopped. Try a smaller learning rate.",
                    "diverged");
        } else {
            setStatus("Finished: held-out accuracy " + pct(aug.finalValAccuracy()) + " with augmentation, "
                    + pct(plain.finalValAccuracy()) + " without", "finished");
        }
    }
}
