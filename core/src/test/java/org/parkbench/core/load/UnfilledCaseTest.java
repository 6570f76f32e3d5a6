package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.validate.Diagnostic;

/**
 * PB503: what a scaffolded case still asks its author to fill is listed as warnings with positions,
 * and a case in that state still loads (so a draft can be built and previewed).
 */
class UnfilledCaseTest {
    @TempDir
    Path temp;

    /** A case as a scaffold leaves it: TODO markers, commented example rows, no data. */
    private FixtureCase scaffolded() {
        return FixtureCase.copy(temp)
                .write("case.md", """
                        ---
                        id: test-fixture
                        title: "TODO: the title of the case"
                        status: draft
                        model: government-driven
                        parks: []   # TODO: the park ids of parks.csv
                        reading_minutes: 0
                        objectives:
                          - id: explain-the-model
                            text: "TODO: what students can do after the case"
                        discussion:
                          - "TODO: a question for the class"
                        ---
                        ## Context

                        TODO: why the park was set up, in your own words.

                        ## Actors

                        Done already.
                        """)
                .write("sources.csv", "key,authors,title,publisher,year,url,accessed,confidence,note\n"
                        + "# example: yeerken-2017,\"Wuzhati Yeerken, Zhang Wei, Liu Zhigao\",Development Modes,Bulletin,2017,,,high,\n")
                .write("parks.csv", "id,name_en,name_zh,country,place,lat,lon,location_precision,location_source,corridor,"
                        + "belt_and_road,sectors,status,established,home_province,mofcom_confirmed,model,variant,source\n"
                        + "# allowed words: see CONTRIBUTING.md\n# example-park,Example Park,,BY,,,,unknown,,none,yes,,planned,,,,government-driven,,yeerken-2017\n")
                .write("actors.csv", "park,actor,name,kind,country,role,stake_pct,from,until,source,note\n# an example\n")
                .write("observations.csv", "park,indicator,value,unit,qualifier,as_of,source,note\n# an example\n")
                .write("events.csv", "park,date,event,source,note\n# an example\n")
                .delete("statistics.csv").delete("zones.csv");
    }

    @Test
    void aScaffoldedCaseLoadsAndListsEveryPlaceholderWithItsPosition() {
        Loaded<CaseStudy> loaded = scaffolded().load();

        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.value()).isNotNull();
        assertThat(loaded.value().isDraft()).isTrue();
        assertThat(loaded.diagnostics()).extracting(Diagnostic::headline).containsExactly(
                "test-fixture/actors.csv:2:1: warning: [PB503] actors.csv has no actor yet, only commented example lines",
                "test-fixture/case.md:3:9: warning: [PB503] front matter field 'title' still holds a placeholder: TODO: the title of the case",
                "test-fixture/case.md:6:15: warning: [PB503] front matter field 'parks' still holds a placeholder: TODO: the park ids of parks.csv",
                "test-fixture/case.md:10:12: warning: [PB503] front matter field 'objectives' still holds a placeholder: TODO: what students can do after the case",
                "test-fixture/case.md:12:6: warning: [PB503] front matter field 'discussion' still holds a placeholder: TODO: a question for the class",
                "test-fixture/case.md:16:1: warning: [PB503] section 'Context' still holds a placeholder: TODO: why the park was set up, in your own words.",
                "test-fixture/events.csv:2:1: warning: [PB503] events.csv has no event yet, only commented example lines",
                "test-fixture/observations.csv:2:1: warning: [PB503] observations.csv has no observation yet, only commented example lines",
                "test-fixture/parks.csv:2:1: warning: [PB503] parks.csv has no park yet, only commented example lines",
                "test-fixture/sources.csv:2:1: warning: [PB503] sources.csv has no source yet, only commented example lines");
    }

    @Test
    void eachHintSaysWhatToDo() {
        var diagnostics = scaffolded().load().diagnostics();
        assertThat(diagnostics).allSatisfy(d -> assertThat(d.hint()).isNotBlank());
        assertThat(diagnostics).filteredOn(d -> d.origin().file().endsWith("parks.csv"))
                .singleElement().satisfies(d -> assertThat(d.hint()).contains("list its id under 'parks' in case.md"));
    }

    @Test
    void aFileWithRowsNoLongerWarnsEvenIfItKeepsItsExampleComment() {
        FixtureCase c = scaffolded().append("events.csv", "example-park,2012,Agreement signed,yeerken-2017,");
        // the event names a park and a source that do not exist yet: errors, but no placeholder warning for events.csv
        assertThat(c.headlines()).noneMatch(h -> h.startsWith("test-fixture/events.csv") && h.contains("PB503"));
    }

    @Test
    void anExampleRowUncommentedAsItWasIsStillAPlaceholder() {
        FixtureCase c = FixtureCase.copy(temp).append("parks.csv",
                "fixture-west,TODO English name,,KH,TODO place,,,city,,none,yes,,operating,,,,company-led,,fixture-news");
        assertThat(c.headlines()).contains(
                "test-fixture/parks.csv:5:14: warning: [PB503] a cell still holds a placeholder: TODO English name",
                "test-fixture/parks.csv:5:36: warning: [PB503] a cell still holds a placeholder: TODO place");
    }

    @Test
    void anEmptySourcesFileIsAPlaceholderButAnEmptyParksFileIsNot() {
        // the overview case covers no park: a parks.csv with only its header is complete
        FixtureCase c = scaffolded()
                .write("sources.csv", "key,authors,title,publisher,year,url,accessed,confidence,note\n")
                .write("parks.csv", "id,name_en,name_zh,country,place,lat,lon,location_precision,location_source,corridor,"
                        + "belt_and_road,sectors,status,established,home_province,mofcom_confirmed,model,variant,source\n");
        assertThat(c.headlines()).contains("test-fixture/sources.csv:1:1: warning: [PB503] sources.csv lists no source yet")
                .noneMatch(h -> h.startsWith("test-fixture/parks.csv"));
    }

    @Test
    void aCommentAboveTheHeaderIsANoteNotAnExample() {
        FixtureCase c = FixtureCase.copy(temp).write("events.csv", "# Test fixture: invented events\npark,date,event,source,note\n");
        assertThat(c.headlines()).isEmpty();
    }

    @Test
    void onlyTheCapitalisedWordCounts() {
        FixtureCase c = FixtureCase.copy(temp).replace("case.md", "Everything in this case is invented",
                "Nothing todo here; TODOS and MASTODON are not markers, nor is xTODO. Everything in this case is invented");
        assertThat(c.headlines()).isEmpty();
    }

    @Test
    void aMarkerInAHeadingOrBeforeAnyHeadingNamesIt() {
        FixtureCase c = FixtureCase.copy(temp).replace("case.md", "# A fixture case\n", "TODO intro\n\n## TODO: name this section\n");
        assertThat(c.headlines()).containsExactly(
                "test-fixture/case.md:15:1: warning: [PB503] the narrative still holds a placeholder: TODO intro",
                "test-fixture/case.md:17:4: warning: [PB503] heading 'TODO: name this section' still holds a placeholder: TODO: name this section");
    }

    @Test
    void theShippedFixtureHasNoPlaceholder() {
        assertThat(CaseLoader.load(new CaseInput(FixtureCase.VALID, "test-fixture")).diagnostics()).isEmpty();
    }
}
