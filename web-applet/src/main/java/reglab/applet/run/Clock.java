package reglab.applet.run;



/** Milliseconds from an arbitrary origin: {@code performance.now()} in a page, nanoTime on the JVM. */
public interface Clock {
    double nowMs();
}
