package org.parkbench.app.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.parkbench.core.model.DevelopmentModel;

/** The names new-case derives from an id, and the words it refuses, with messages that say how to write them. */
class NewCaseTest {

    @Test
    void namesFollowTheShippedModules() throws ScaffoldRefusedException {
        NewCase suez = NewCase.of("suez-teda", "company-led", null, null);
        assertThat(suez.className()).isEqualTo("SuezTedaCase");
        assertThat(suez.packageName()).isEqualTo("org.parkbench.cases.suezteda");
        assertThat(suez.artifactId()).isEqualTo("parkbench-case-suez-teda");

        NewCase greatStone = NewCase.of("great-stone", "government-driven", null, null);
        assertThat(greatStone.className()).isEqualTo("GreatStoneCase");
        assertThat(greatStone.packageName()).isEqualTo("org.parkbench.cases.greatstone");
        assertThat(greatStone.model()).isEqualTo(DevelopmentModel.GOVERNMENT_DRIVEN);
        assertThat(greatStone.suggestedParkId()).isEqualTo("great-stone-park");
    }

    @Test
    void idsThatJavaCannotUseAsTheyAreStillMakeValidNames() throws ScaffoldRefusedException {
        NewCase digits = NewCase.of("2019-zone", "private-led", null, null);
        assertThat(digits.className()).isEqualTo("Case2019Zone");
        assertThat(digits.packageName()).isEqualTo("org.parkbench.cases.case2019zone");
        assertThat(digits.suggestedParkId()).isEqualTo("2019-zone");
        assertThat(NewCase.of("new", "private-led", null, null).packageName()).isEqualTo("org.parkbench.cases.casenew");
    }

    @Test
    void anIdThatIsNotASlugIsRefusedWithASuggestion() {
        assertThatThrownBy(() -> NewCase.of("Great_Stone", "government-driven", null, null))
                .isInstanceOf(ScaffoldRefusedException.class)
                .hasMessage("'Great_Stone' is not a valid case id: use lower-case letters a-z, digits and single hyphens,"
                        + " at most 64 characters, e.g. great-stone");
        assertThatThrownBy(() -> NewCase.of("great--stone", "government-driven", null, null)).hasMessageContaining("e.g. great-stone");
        assertThatThrownBy(() -> NewCase.of("a".repeat(65), "government-driven", null, null)).hasMessageContaining("at most 64");
    }

    @Test
    void anUnknownModelListsTheThreeModels() {
        assertThatThrownBy(() -> NewCase.of("great-stone", "state-led", null, null))
                .hasMessage("unknown development model 'state-led': use one of government-driven, company-led, private-led");
    }

    @Test
    void countryCodesAreCheckedAndWrittenInCapitals() throws ScaffoldRefusedException {
        assertThat(NewCase.of("great-stone", "government-driven", null, "by").country()).contains("BY");
        assertThatThrownBy(() -> NewCase.of("great-stone", "government-driven", null, "BLR"))
                .hasMessageStartingWith("unknown country code 'BLR': use the ISO 3166-1 alpha-2 code");
    }

    @Test
    void aTitleIsOneLine() {
        assertThatThrownBy(() -> NewCase.of("great-stone", "government-driven", "Great\nStone", null))
                .hasMessage("the title must be one line");
    }
}
