package reglab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import reglab.site.pipeline.BuildOptions;
import reglab.site.render.browser.BrowserRenderer;
import reglab.site.serve.DevServer;
import reglab.site.serve.SiteBuildSession;

/**
 * {@code ./reglab serve}: builds the site, serves it on 127.0.0.1 and rebuilds on every change to
 * the content, reloading open pages. A thin adapter over {@link DevServer} and
 * {@link SiteBuildSession}; folders default as for {@code build}.
 */
public final class ServeCommand implements Command {

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "build the site, serve it at http://127.0.0.1:" + DevServer.DEFAULT_PORT + "/ and rebuild + reload on change";
    }

    @Override
    public String help() {
        return String.join("\n",
                "Usage: ./reglab serve [--port N] [--content DIR] [--out DIR] [--browser PATH] [--render-pages N]",
                "",
                "Builds the site (like ./reglab build), then serves the output folder on 127.0.0.1 only.",
                "Watches the content folder, including new subfolders, and rebuilds on every change with",
                "the same browser kept open; open pages reload by themselves. A failed rebuild prints the",
                "error, keeps serving the last good site and shows the error over the open pages until it",
                "is fixed. The live-reload script is added to pages as they are served, never to the files.",
                "Ctrl-C stops the server and closes the browser.",
                "",
                "Options:",
                "  --port N        the TCP port on 127.0.0.1 (default: " + DevServer.DEFAULT_PORT + "; 0 picks a free one)",
                SiteOptions.contentHelp(),
                SiteOptions.outHelp(BuildCommand.DEFAULT_OUT),
                SiteOptions.browserHelp(),
                SiteOptions.renderPagesHelp(),
                "",
                "Example: ./reglab serve --port 8080   then open http://127.0.0.1:8080/");
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("port", SiteOptions.CONTENT, SiteOptions.OUT, SiteOptions.BROWSER, SiteOptions.RENDER_PAGES);
    }

    @Override
    public int run(Args args, PrintStream out) throws UserError {
        SiteOptions.noPositional(name(), args);
        int port = args.getInt("port", DevServer.DEFAULT_PORT, 0, 65535);
        Path root = SiteOptions.repositoryRoot();
        Path content = SiteOptions.content(args, root);
        Path site = SiteOptions.out(args, root, BuildCommand.DEFAULT_OUT);
        // Offline: the local server is not at the site file's base URL, so the 404 page keeps relative links.
        SiteBuildSession session = new SiteBuildSession(BuildOptions.of(content, site, null).forOffline(),
                BrowserRenderer.defaultCacheDir(root), SiteOptions.browser(args), SiteOptions.renderPages(args), out);
        DevServer server = DevServer.start(content, site, port, DevServer.DEFAULT_QUIET, session, out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("reglab: stopping the server and closing the browser ...");
            server.close();
            out.println("reglab: stopped");
        }, "reglab-serve-shutdown"));
        out.println("reglab: serving " + site + " at " + server.url() + " (watching " + content + "; Ctrl-C stops)");
        try {
            server.awaitClosed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        return 0;
    }
}
