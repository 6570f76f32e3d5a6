package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.app.scaffold.CaseScaffold;
import org.parkbench.app.scaffold.NewCase;
import org.parkbench.app.scaffold.ScaffoldRefusedException;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.model.ExerciseType;

/**
 * The scaffold's six exercise templates and the exercise engine: unfilled, each is a draft (one
 * PB503 warning, no error); with their TODOs replaced and the data they name present, all six
 * load against the data with no error, assess both objectives of the case and key the model the
 * case declares.
 */
class ExerciseTemplatesTest {
    private static final String ID = "great-stone";

    @TempDir
    Path temp;

    private ScaffoldedCase scaffold(DevelopmentModel model) throws IOException, ScaffoldRefusedException {
        Path dir = temp.resolve(model.word());
        return new ScaffoldedCase(CaseScaffold.dataOnly(dir, NewCase.of(ID, model.word(), null, "BY"), java.util.Set.of()).dataDirectory());
    }

    private static Loaded<ExerciseSet> exercises(ScaffoldedCase c) {
        List<CaseInput> inputs = new ArrayList<>(CasebookLoader.shipped());
        inputs.add(new CaseInput(c.dataDirectory(), "great-stone"));
        Loaded<Casebook> casebook = CasebookLoader.load(inputs).casebook();
        assertThat(casebook.errors()).extracting(Diagnostic::format).isEmpty();
        return ExerciseLoader.load(casebook.value());
    }

    @Test
    void unfilledEachTemplateIsADraftAndNoneIsAnError() throws Exception {
        Loaded<ExerciseSet> loaded = exercises(scaffold(DevelopmentModel.GOVERNMENT_DRIVEN).fillMinimalPark());

        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.value().exercises(ID)).isEmpty();
        assertThat(loaded.diagnostics()).filteredOn(d -> d.origin().file().startsWith("great-stone/"))
                .extracting(d -> d.origin().file() + " " + d.code())
                .containsExactlyInAnyOrder(
                        "great-stone/exercises/great-stone-classify.md PB503",
                        "great-stone/exercises/great-stone-evidence.md PB503",
                        "great-stone/exercises/great-stone-jobs-per-km2.md PB503",
                        "great-stone/exercises/great-stone-milestones.md PB503",
                        "great-stone/exercises/great-stone-model.md PB503",
                        "great-stone/exercises/great-stone-sources-disagree.md PB503");
    }

    @Test
    void filledAllSixLoadAgainstTheDataAndAssessBothObjectives() throws Exception {
        ScaffoldedCase c = scaffold(DevelopmentModel.GOVERNMENT_DRIVEN).fillMinimalPark();
        c.append("observations.csv",
                ScaffoldedCase.PARK + ",jobs-direct,3000,persons,,2020," + ScaffoldedCase.SOURCE + ",,,,",
                ScaffoldedCase.PARK + ",area,1.5,km2,,2020," + ScaffoldedCase.SOURCE + ",,,,");
        c.append("events.csv",
                ScaffoldedCase.PARK + ",2014,Test construction starts," + ScaffoldedCase.SOURCE + ",,",
                ScaffoldedCase.PARK + ",2016,Test park opens," + ScaffoldedCase.SOURCE + ",,");
        c.fillExercise(ID, "model")
                .fillExercise(ID, "evidence")
                .fillExercise(ID, "jobs-per-km2", "as_of: \"TODO\", area_as_of: \"TODO\"", "as_of: \"2020\", area_as_of: \"2020\"")
                .fillExercise(ID, "classify")
                .fillExercise(ID, "milestones", "date: \"TODO\"", "date: \"2014\"", "date: \"TODO\"", "date: \"2012-06\"",
                        "date: \"TODO\"", "date: \"2016\"")
                .fillExercise(ID, "sources-disagree");

        Loaded<ExerciseSet> loaded = exercises(c);

        assertThat(loaded.errors()).extracting(Diagnostic::format).isEmpty();
        ExerciseSet set = loaded.value();
        assertThat(set.exercises(ID)).extracting(e -> e.header().type()).containsExactlyInAnyOrder(ExerciseType.values());
        assertThat(loaded.diagnostics()).filteredOn(d -> d.origin().file().startsWith("great-stone/")).isEmpty();
        assertThat(set.unassessedObjectives()).noneMatch(u -> u.caseId().equals(ID));
        assertThat(set.variant("great-stone-jobs-per-km2", 0).key().text()).containsPattern("2[, \u202f]?000");
    }

    @Test
    void theSingleChoiceKeyIsTheModelTheCaseDeclares() throws Exception {
        for (DevelopmentModel model : DevelopmentModel.values()) {
            ScaffoldedCase c = scaffold(model).fillMinimalPark();
            c.write("parks.csv", c.read("parks.csv").replace(",government-driven,intergovernmental,", "," + model.word() + ",,"));
            c.write("actors.csv", c.read("actors.csv").lines().filter(l -> !l.contains("initiator"))
                    .reduce("", (a, b) -> a + b + "\n"));
            c.fillExercise(ID, "model");

            Loaded<ExerciseSet> loaded = exercises(c);

            assertThat(loaded.errors()).as(model.word()).extracting(Diagnostic::format).isEmpty();
            assertThat(loaded.value().exercise("great-stone-model")).as(model.word()).isPresent();
        }
    }
}
