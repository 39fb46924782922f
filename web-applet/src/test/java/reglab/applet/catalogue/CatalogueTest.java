package reglab.applet.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import reglab.applet.experiment.Experiment;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.applet.settings.Schema;
import reglab.applet.settings.SpecException;
import reglab.core.data.DataSets;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.optimizer.Optimizers;
import reglab.core.nn.penalty.Penalties;

/**
 * The catalogue is the one list of experiments, and the playground's choices are the core's
 * registries: a data set, activation, optimizer or penalty registered in the core is a choice in
 * the page (and a valid fence value) with no change to the applet.
 */
class CatalogueTest {

    private static List<String> choices(String experiment, String setting) {
        return Catalogue.byName(experiment).schema().setting(setting).choices();
    }

    @Test
    void thePlaygroundsChoicesAreTheCoresRegistries() {
        assertEquals(List.of(DataSets.names()), choices("playground", "dataset"));
        assertEquals(List.of(Activations.elementwiseNames()), choices("playground", "activation"));
        assertEquals(List.of(Optimizers.names()), choices("playground", "optimizer"));
        assertEquals(List.of(Penalties.names()), choices("playground", "regularization"));
    }

    @Test
    void everyRegisteredNameIsAValidSettingAndMakesARun() {
        for (String optimizer : Optimizers.names()) {
            Config c = SpecText.parseQuery("experiment=playground&epochs=1&optimizer=" + optimizer);
            Run run = Catalogue.run(c);
            while (run.advance()) {
                // one epoch
            }
            assertFalse(run.resultJson().isEmpty(), optimizer);
        }
        assertEquals("setting 'optimizer' has value 'rmsprop'; allowed: "
                + String.join(", ", Optimizers.names()), assertThrows(
                        SpecException.class,
                        () -> SpecText.parseQuery("experiment=playground&optimizer=rmsprop")).getMessage());
    }

    @Test
    void eachExperimentIsListedOnceAndFoundByItsName() {
        Set<String> names = new HashSet<>();
        for (Experiment e : Catalogue.all()) {
            Schema s = e.schema();
            assertTrue(names.add(s.name()), "listed twice: " + s.name());
            assertSame(e, Catalogue.byName(s.name()));
            assertFalse(s.title().isEmpty());
        }
        assertEquals("playground, sparsity, geometry, overfitting, dropout, activity, batchnorm, tuning,"
                + " augmentation, transfer", Catalogue.names());
        assertNull(Catalogue.byName("no-such-experiment"));
    }
}
