package reglab.site.render.browser;

import com.google.gson.JsonObject;

/**
 * A browser tab driven over the DevTools pipe: its target and the flat session every command for
 * it names, and the browser context it was opened in when it has one of its own.
 *
 * @param pipe    the browser's pipe
 * @param context the tab's own browser context, disposed with it; null for a tab of the default context
 * @param target  the tab's target id
 * @param session the session attached to the tab
 */
record DevToolsTab(DevToolsPipe pipe, String context, String target, String session) implements AutoCloseable {

    /**
     * Opens a blank tab and attaches to it.
     *
     * @param ownContext true to open it in a new browser context (its own cookies, caches and
     *                   storage, in memory); false for the browser's default context (a lasting
     *                   profile's, whose caches are on disk)
     * @throws DevToolsException when the browser refuses or is gone; nothing is left open then
     */
    static DevToolsTab open(DevToolsPipe pipe, boolean ownContext) {
        String context = null;
        String target = null;
        try {
            JsonObject create = new JsonObject();
            create.addProperty("url", "about:blank");
            if (ownContext) {
                context = pipe.call(null, "Target.createBrowserContext", null).get("browserContextId").getAsString();
                create.addProperty("browserContextId", context);
            }
            target = pipe.call(null, "Target.createTarget", create).get("targetId").getAsString();
            JsonObject attach = new JsonObject();
            attach.addProperty("targetId", target);
            attach.addProperty("flatten", true);
            String session = pipe.call(null, "Target.attachToTarget", attach).get("sessionId").getAsString();
            return new DevToolsTab(pipe, context, target, session);
        } catch (RuntimeException e) {
            new DevToolsTab(pipe, context, target, null).close();
            throw e;
        }
    }

    /** Sends {@code method} to the tab's session and waits for its result. */
    JsonObject call(String method, JsonObject params) {
        return pipe.call(session, method, params);
    }

    /** Closes the tab (disposing its own context with it); does nothing once the browser is gone. */
    @Override
    public void close() {
        if (session != null) {
            pipe.forget(session);
        }
        if (pipe.closedBecause() != null) {
            return;
        }
        JsonObject params = new JsonObject();
        try {
            if (context != null) {
                params.addProperty("browserContextId", context);
                pipe.call(null, "Target.disposeBrowserContext", params);
            } else if (target != null) {
                params.addProperty("targetId", target);
                pipe.call(null, "Target.closeTarget", params);
            }
        } catch (DevToolsException e) {
            // The browser is closing or gone: the tab goes with it.
        }
    }
}
