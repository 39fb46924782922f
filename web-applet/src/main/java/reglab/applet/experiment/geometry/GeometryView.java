package reglab.applet.experiment.geometry;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLElement;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.applet.settings.Num;
import reglab.applet.ui.Dom;
import reglab.applet.ui.ExperimentView;

/**
 * The geometry of the penalties: contours of the loss around the unpenalized optimum, the L1
 * diamond or L2 circle through the penalized solution (the constraint region it solves), the path
 * the solution takes as λ grows, and the solution itself — on an axis for L1 when λ is big enough.
 */
public final class GeometryView extends ExperimentView {

    private static final int SIZE = 320;
    private static final double EXTENT = 3.5;

    private final CanvasRenderingContext2D g;
    private GeometryRun geometry;

    public GeometryView(HTMLElement root, String id, Config start, Config url) {
        super(root, id, start, url, null);
        g = Dom.canvas(pictures, "reglab-geometry", SIZE, SIZE,
                "Loss contours, the constraint region and the penalized solution for two weights");
    }

    @Override
    protected boolean hasNewData() {
        return false;
    }

    @Override
    protected int statusLength() {
        return 90; // 83 characters: the finished sentence at the defaults
    }

    @Override
    protected int numbersLength() {
        return 115; // 103 characters once trained at the defaults
    }

    @Override
    protected Run createRun(Config c) {
        geometry = new GeometryRun(c);
        return geometry;
    }

    private double sx(double w) {
        return (w + EXTENT) / (2 * EXTENT) * SIZE;
    }

    private double sy(double w) {
        return (EXTENT - w) / (2 * EXTENT) * SIZE;
    }

    @Override
    public void draw() {
        if (geometry == null || geometry.solution() == null) {
            return;
        }
        refreshPalette();
        double[] w = geometry.solution();
        g.clearRect(0, 0, SIZE, SIZE);
        g.setStrokeStyle(palette.grid);
        g.setLineWidth(1);
        g.beginPath();
        g.moveTo(sx(-EXTENT), sy(0));
        g.lineTo(sx(EXTENT), sy(0));
        g.moveTo(sx(0), sy(-EXTENT));
        g.lineTo(sx(0), sy(EXTENT));
        g.stroke();
        // Contours: H = [[1, ρ], [ρ, 1]] has eigenvalues 1 ± ρ along (1, 1)/√2 and (1, −1)/√2.
        double rho = geometry.rho();
        double through = geometry.loss(w[0], w[1]);
        double[] levels = {through / 4, through / 2, through, through * 2, through * 4};
        for (int k = 0; k < levels.length; k++) {
            double c = Math.max(levels[k], 1e-6);
            double ra = Math.sqrt(2 * c / (1 + rho));
            double rb = Math.sqrt(2 * c / (1 - rho));
            g.setStrokeStyle(k == 2 ? palette.negative : palette.muted);
            g.setLineWidth(k == 2 ? 2 : 1);
            g.beginPath();
            for (int t = 0; t <= 72; t++) {
                double th = t * 2 * Math.PI / 72;
                double u = ra * Math.cos(th);
                double v = rb * Math.sin(th);
                double a = geometry.w1Star() + (u + v) / Math.sqrt(2);
                double b = geometry.w2Star() + (u - v) / Math.sqrt(2);
                if (t == 0) {
                    g.moveTo(sx(a), sy(b));
                } else {
                    g.lineTo(sx(a), sy(b));
                }
            }
            g.stroke();
        }
        // The constraint region the solution sits on.
        g.setStrokeStyle(palette.positive);
        g.setLineWidth(2);
        g.beginPath();
        if (geometry.l1()) {
            double t = Math.abs(w[0]) + Math.abs(w[1]);
            g.moveTo(sx(t), sy(0));
            g.lineTo(sx(0), sy(t));
            g.lineTo(sx(-t), sy(0));
            g.lineTo(sx(0), sy(-t));
            g.closePath();
        } else {
            double r = Math.sqrt(w[0] * w[0] + w[1] * w[1]);
            g.arc(sx(0), sy(0), r / (2 * EXTENT) * SIZE, 0, 2 * Math.PI);
        }
        g.stroke();
        // The path of the solution as λ grows, from the optimum towards the origin.
        g.setStrokeStyle(palette.accent);
        g.setLineWidth(1.5);
        g.beginPath();
        double[] p1 = geometry.pathW1();
        double[] p2 = geometry.pathW2();
        for (int k = 0; k < p1.length; k++) {
            if (k == 0) {
                g.moveTo(sx(p1[k]), sy(p2[k]));
            } else {
                g.lineTo(sx(p1[k]), sy(p2[k]));
            }
        }
        g.stroke();
        dot(geometry.w1Star(), geometry.w2Star(), palette.muted);
        dot(w[0], w[1], palette.warning);
        g.setFillStyle(palette.foreground);
        g.setFont("11px sans-serif");
        g.setTextAlign("left");
        g.fillText("w₁", SIZE - 16, sy(0) - 4);
        g.fillText("w₂", sx(0) + 4, 12);
        int zeros = (w[0] == 0 ? 1 : 0) + (w[1] == 0 ? 1 : 0);
        showNumbers((geometry.l1() ? "L1" : "L2") + " penalty, λ = "
                + Num.sig(geometry.lambda(), 3) + " · solution ŵ = (" + Num.fixed(w[0], 3) + ", "
                + Num.fixed(w[1], 3) + ") · exact zeros " + zeros + " of 2 · unpenalized optimum ("
                + Num.fixed(geometry.w1Star(), 2) + ", " + Num.fixed(geometry.w2Star(), 2) + ")");
        root.setAttribute("data-reglab-zeros", Integer.toString(zeros));
    }

    private void dot(double a, double b, String color) {
        g.setFillStyle(color);
        g.beginPath();
        g.arc(sx(a), sy(b), 4.5, 0, 2 * Math.PI);
        g.fill();
    }

    @Override
    protected void describeFinish() {
        setStatus("Solved: the red dot is the penalized solution, the purple line its path as λ grows",
                "finished");
    }
}
