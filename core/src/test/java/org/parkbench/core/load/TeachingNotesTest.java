package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.TeachingNotes;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.DiagnosticCode;

/** {@code teaching-notes.md} and its translation {@code teaching-notes.zh.md}: words per language, the facts the data's. */
class TeachingNotesTest {
    private static final String ENGLISH = """
            ## Warm-up

            Ask how many firms the north park had: {{obs:fixture-north/enterprises/2015}} {{src:fixture-report}}.
            """;
    private static final String CHINESE = """
            ## 热身

            先问学生：北园有多少家企业？{{obs:fixture-north/enterprises/2015}}（{{src:fixture-report}}）。
            """;

    @TempDir
    Path temp;

    private static Loaded<CaseStudy> load(FixtureCase fixture) {
        return CaseLoader.load(new CaseInput(fixture.directory(), "test-fixture"));
    }

    @Test
    void aLecturerReadsTheNotesOfTheirLanguageCitingTheSameFigure() {
        var loaded = load(FixtureCase.copy(temp).write("teaching-notes.md", ENGLISH).write("teaching-notes.zh.md", CHINESE));
        assertThat(loaded.diagnostics()).extracting(Diagnostic::format).isEmpty();
        CaseStudy c = loaded.value();

        TeachingNotes en = c.teachingNotes(Language.EN).orElseThrow();
        TeachingNotes zh = c.teachingNotes(Language.ZH).orElseThrow();
        assertThat(en.language()).isEqualTo(Language.EN);
        assertThat(en.text()).startsWith("## Warm-up");
        assertThat(zh.language()).isEqualTo(Language.ZH);
        assertThat(zh.text()).startsWith("## 热身");
        // both name the north park's 2015 count of enterprises, the one row of the data, and the same source
        Observation firms = c.observations("fixture-north").stream()
                .filter(o -> o.indicator().word().equals("enterprises") && o.asOf().toString().equals("2015")).findFirst().orElseThrow();
        assertThat(en.citations().get(0).observations()).containsExactly(firms);
        assertThat(zh.citations().get(0).observations()).containsExactly(firms);
        assertThat(zh.citations().get(1).source()).isEqualTo(c.source("fixture-report"));
        // the citations point into the Chinese text
        assertThat(zh.citations()).allSatisfy(r -> assertThat(zh.text().substring(r.citation().start(), r.citation().end()))
                .isEqualTo(r.citation().text()));
        // the notes do not depend on the case's own translation, and survive reading the case in Chinese
        assertThat(c.isTranslatedInto(Language.ZH)).isFalse();
        assertThat(c.in(Language.ZH).teachingNotes(Language.ZH)).contains(zh);
        assertThat(c.hasTeachingNotesIn(Language.ZH)).isTrue();
        assertThat(TeachingNotesFiles.untranslated(new Casebook(List.of(c)), Language.ZH)).isEmpty();
    }

    @Test
    void englishNotesWithoutChineseOnesAreShownInEnglishAndWarnedOfAsNotYetTranslated() {
        var loaded = load(FixtureCase.copy(temp).write("teaching-notes.md", ENGLISH));
        assertThat(loaded.diagnostics()).isEmpty();
        CaseStudy c = loaded.value();
        assertThat(c.teachingNotes(Language.ZH)).get().extracting(TeachingNotes::language).isEqualTo(Language.EN);
        assertThat(c.hasTeachingNotesIn(Language.ZH)).isFalse();
        assertThat(TeachingNotesFiles.untranslated(new Casebook(List.of(c)), Language.ZH)).extracting(Diagnostic::headline)
                .containsExactly("test-fixture/teaching-notes.md:1:1: warning: [PB702] case test-fixture has teaching notes but no"
                        + " Chinese translation of them (teaching-notes.zh.md)");
        assertThat(TeachingNotesFiles.untranslated(new Casebook(List.of(c)), Language.EN)).isEmpty();
    }

    @Test
    void aCaseWithoutNotesHasNoneInAnyLanguageAndNothingToTranslate() {
        CaseStudy c = load(FixtureCase.copy(temp)).value();
        assertThat(c.teachingNotes(Language.EN)).isEmpty();
        assertThat(c.teachingNotes(Language.ZH)).isEmpty();
        assertThat(TeachingNotesFiles.untranslated(new Casebook(List.of(c)), Language.ZH)).isEmpty();
    }

    @Test
    void chineseNotesCiteWhatTheEnglishCiteNoMoreNoLess() {
        String other = CHINESE.replace("{{obs:fixture-north/enterprises/2015}}", "{{obs:fixture-north/enterprises/2016}}");
        var loaded = load(FixtureCase.copy(temp).write("teaching-notes.md", ENGLISH).write("teaching-notes.zh.md", other));
        assertThat(loaded.value()).isNull();
        assertThat(loaded.diagnostics()).extracting(Diagnostic::headline).containsExactlyInAnyOrder(
                "test-fixture/teaching-notes.zh.md:3:15: error: [PB701] citation {{obs:fixture-north/enterprises/2016}}"
                        + " is not in teaching-notes.md",
                "test-fixture/teaching-notes.zh.md:1:1: error: [PB701] the zh teaching notes leave out citations of"
                        + " teaching-notes.md: {{obs:fixture-north/enterprises/2015}}");
    }

    @Test
    void notesCiteOnlyWhatTheDataHoldsAsTheNarrativeDoes() {
        String wrong = ENGLISH.replace("{{src:fixture-report}}", "{{src:fixture-reprot}}");
        var loaded = load(FixtureCase.copy(temp).write("teaching-notes.md", wrong));
        assertThat(loaded.value()).isNull();
        assertThat(loaded.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.PB303);
        assertThat(loaded.diagnostics().get(0).headline()).startsWith("test-fixture/teaching-notes.md:3:");
    }

    @Test
    void chineseNotesWithoutEnglishOnesAreRefused() {
        var loaded = load(FixtureCase.copy(temp).write("teaching-notes.zh.md", CHINESE));
        assertThat(loaded.value()).isNull();
        assertThat(loaded.diagnostics()).extracting(Diagnostic::headline).containsExactly(
                "test-fixture/teaching-notes.zh.md:1:1: error: [PB701] teaching-notes.zh.md translates teaching-notes.md,"
                        + " which the case does not have");
    }

    @Test
    void chineseNotesAreReadWithinTheLimitsOfEveryFile() {
        var loaded = load(FixtureCase.copy(temp).write("teaching-notes.md", ENGLISH)
                .write("teaching-notes.zh.md", CHINESE.replace("热身", "热\u0007身")));
        assertThat(loaded.value()).isNull();
        assertThat(loaded.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.PB211);
        assertThat(loaded.diagnostics().get(0).origin().file()).isEqualTo("test-fixture/teaching-notes.zh.md");
    }
}
