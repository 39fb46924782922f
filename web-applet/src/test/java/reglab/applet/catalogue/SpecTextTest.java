package reglab.applet.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reglab.applet.experiment.Experiment;
import reglab.applet.settings.Config;
import reglab.applet.settings.Setting;
import reglab.applet.settings.SpecException;
import reglab.applet.settings.UrlState;

/** The fence and query forms of a spec, and their error messages. */
class SpecTextTest {

    @Test
    void fenceGivesTheValuesAndDefaultsForTheRest() {
        Config c = SpecText.parseFence("experiment: playground\ndataset: spiral\n\n# a comment\n"
                + "regularization: l2\nrate: 0.003\n");
        assertEquals("playground", c.schema().name());
        assertEquals("spiral", c.get("dataset"));
        assertEquals(0.003, c.number("rate"));
        assertEquals("4,2", c.get("layers"), "the registry's default");
        assertEquals("experiment=playground&dataset=spiral&rate=0.003&regularization=l2",
                SpecText.toQuery(c));
    }

    @Test
    void unknownExperimentNamesTheLineAndTheChoices() {
        SpecException e = assertThrows(SpecException.class,
                () -> SpecText.parseFence("\nexperiment: playgound\n"));
        assertEquals(2, e.line());
        assertEquals("unknown experiment 'playgound'; allowed: playground, sparsity, geometry,"
                + " overfitting, dropout, activity, batchnorm, tuning, augmentation, transfer", e.getMessage());
    }

    @Test
    void unknownSettingNamesTheLineAndTheSettings() {
        SpecException e = assertThrows(SpecException.class,
                () -> SpecText.parseFence("experiment: sparsity\nlamda: 0.1\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("experiment 'sparsity' has no setting 'lamda'; its"
                + " settings: features, informative, samples, noise, lambda,"), e.getMessage());
    }

    @Test
    void valueOutOfRangeNamesTheRange() {
        SpecException e = assertThrows(SpecException.class,
                () -> SpecText.parseFence("experiment: playground\ndataset: xor\nrate: 20\n"));
        assertEquals(3, e.line());
        assertEquals("setting 'rate' has value '20'; allowed: a number from 1e-5 to 10",
                e.getMessage());
        SpecException choice = assertThrows(SpecException.class,
                () -> SpecText.parseFence("experiment: playground\nregularization: l3"));
        assertEquals("setting 'regularization' has value 'l3'; allowed: none, l1, l2, elasticnet",
                choice.getMessage());
        SpecException whole = assertThrows(SpecException.class,
                () -> SpecText.parseFence("experiment: playground\nbatch: 2.5"));
        assertEquals("setting 'batch' has value '2.5'; allowed: a whole number from 1 to 30",
                whole.getMessage());
    }

    @Test
    void malformedLinesAndMissingExperiment() {
        assertEquals(2, assertThrows(SpecException.class,
                () -> SpecText.parseFence("experiment: geometry\njust words\n")).line());
        SpecException none = assertThrows(SpecException.class,
                () -> SpecText.parseFence("lambda: 1\n"));
        assertTrue(none.getMessage().startsWith("missing 'experiment: NAME' line"));
    }

    @Test
    void crossSettingRulePointsAtTheExperimentLine() {
        SpecException e = assertThrows(SpecException.class,
                () -> SpecText.parseFence("experiment: playground\nlayers: 4,4,4\ndropout: 0.1,0.2\n"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("2 rates but there are 3 hidden layers"), e.getMessage());
    }

    @Test
    void everyRegistryDefaultIsValid() {
        for (Experiment e : Catalogue.all()) {
            Config c = e.schema().defaults();
            for (Setting s : e.schema().settings()) {
                assertEquals(s.defaultValue(), s.check(c.get(s.name())));
            }
        }
    }

    @Test
    void urlStateRoundTripsAndLeavesOtherParametersAlone() {
        Config start = SpecText.parseQuery("experiment=playground&dataset=xor");
        Config changed = start.with("rate", "0.1").with("layers", "8,8");
        String query = UrlState.write("?page=2&sparsity.lambda=1", "playground", start, changed);
        assertEquals("page=2&sparsity.lambda=1&playground.layers=8,8&playground.rate=0.1", query);
        List<String> problems = new ArrayList<>();
        assertEquals(changed, UrlState.read("?" + query, "playground", start, problems));
        assertEquals(List.of(), problems);

        Config kept = UrlState.read("?playground.rate=99&playground.dataset=spiral", "playground",
                start, problems);
        assertEquals("spiral", kept.get("dataset"));
        assertEquals("0.03", kept.get("rate"), "a bad value is skipped, not applied");
        assertEquals(1, problems.size());
    }

    @Test
    void percentEncodingRoundTrips() {
        for (String s : new String[] {"a b&c=d", "λ = 0.1", "1,2,3", "100%"}) {
            assertEquals(s, UrlState.decode(UrlState.encode(s)));
        }
        assertEquals("%CE%BB", UrlState.encode("λ"), "UTF-8, as encodeURIComponent writes it");
        assertEquals("λ", UrlState.decode("%ce%bb"), "lower-case hex, as decodeURIComponent reads it");
        assertEquals("%\u0661\u0662", UrlState.decode("%\u0661\u0662"),
                "only ASCII hex digits make an escape (Arabic-Indic digits do not)");
    }
}
