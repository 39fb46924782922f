package reglab.site.render.browser;

/** A DevTools command the browser refused or did not answer, or a pipe that closed ({@link DevToolsPipe}). */
public final class DevToolsException extends RuntimeException {

    DevToolsException(String message) {
        super(message);
    }
}
