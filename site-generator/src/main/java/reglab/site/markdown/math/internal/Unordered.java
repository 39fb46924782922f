package reglab.site.markdown.math.internal;

import com.vladsch.flexmark.util.dependency.Dependent;
import java.util.Set;

/**
 * A Flexmark parser factory with no ordering constraints against other extensions' factories and
 * no effect outside the node it parses: {@code null} dependents mean "none" to Flexmark's
 * dependency resolver.
 */
interface Unordered extends Dependent {

    @Override
    default Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    default Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    default boolean affectsGlobalScope() {
        return false;
    }
}
