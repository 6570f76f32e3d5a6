package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkbench.core.model.CaseStatus;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Objective;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.Diagnostics;

class FrontMatterReaderTest {
    private static final String VALID = """
            ---
            id: demo
            title: "A demo case"
            status: published
            model: company-led
            parks: [park-a, park-b]
            reading_minutes: 20
            objectives:
              - id: explain-it
                text: "Explain it."
            discussion:
              - "Why?"
            ---
            Narrative starts here.
            """;

    private final Diagnostics diagnostics = new Diagnostics();

    private FrontMatter read(String text) {
        return FrontMatterReader.read(text, "demo/case.md", "demo", diagnostics);
    }

    private List<String> headlines() {
        return diagnostics.sorted().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void readsEveryFieldAndKeepsTheNarrativeWithItsFirstLine() {
        FrontMatter f = read(VALID);
        assertThat(headlines()).isEmpty();
        assertThat(f.id()).isEqualTo("demo");
        assertThat(f.title()).isEqualTo("A demo case");
        assertThat(f.status()).isEqualTo(CaseStatus.PUBLISHED);
        assertThat(f.model()).isEqualTo(DevelopmentModel.COMPANY_LED);
        assertThat(f.parkIds()).containsExactly("park-a", "park-b");
        assertThat(f.readingMinutes()).isEqualTo(20);
        assertThat(f.objectives()).containsExactly(new Objective("explain-it", "Explain it."));
        assertThat(f.discussion()).containsExactly("Why?");
        assertThat(f.narrative()).isEqualTo("Narrative starts here.\n");
        assertThat(f.narrativeLine()).isEqualTo(14);
    }

    @Test
    void crlfLineEndsAreRead() {
        FrontMatter f = read(VALID.replace("\n", "\r\n"));
        assertThat(headlines()).isEmpty();
        assertThat(f.narrativeLine()).isEqualTo(14);
        assertThat(f.narrative()).isEqualTo("Narrative starts here.\r\n");
    }

    @Test
    void theModelIsOptional() {
        FrontMatter f = read(VALID.replace("model: company-led\n", ""));
        assertThat(headlines()).isEmpty();
        assertThat(f.model()).isNull();
    }

    @Test
    void aFileWithoutFrontMatterIsMalformed() {
        read("# Just a title\n");
        assertThat(headlines()).containsExactly("demo/case.md:1:1: error: [PB401] case.md must start with front matter: a '---' line");
    }

    @Test
    void frontMatterThatIsNeverClosedIsMalformed() {
        read("---\nid: demo\n");
        assertThat(headlines()).containsExactly("demo/case.md:1:1: error: [PB401] the front matter opened here is never closed");
    }

    @Test
    void malformedYamlIsReportedAtItsLineInTheFile() {
        // the unclosed list opened on line 6 (column 8) runs on into line 7, "reading_minutes: 20", whose ':'
        // (column 16) cannot be in a list
        read(VALID.replace("parks: [park-a, park-b]", "parks: [park-a, park-b"));
        assertThat(headlines()).containsExactly("demo/case.md:7:16: error: [PB401] malformed YAML: "
                + "expected ',' or ']', but got : (while parsing a flow sequence at line 6, column 8)");
    }

    @Test
    void aKeyWithoutItsColonIsReportedWhereTheParserStumbles() {
        // "status published" runs on into line 5 as one long key, and the parser finds no ':' where line 5 starts
        read(VALID.replace("status: published", "status published"));
        assertThat(headlines()).singleElement().asString().isEqualTo("demo/case.md:5:1: error: [PB401] malformed YAML: "
                + "could not find expected ':' (while scanning a simple key at line 4, column 1)");
    }

    @Test
    void aRepeatedFieldIsMalformed() {
        read(VALID.replace("reading_minutes: 20", "reading_minutes: 20\ntitle: Again"));
        assertThat(headlines()).containsExactly("demo/case.md:8:1: error: [PB401] field 'title' appears twice (first on line 3)");
    }

    @Test
    void missingFieldsAreReportedAtTheStartOfTheFrontMatter() {
        read(VALID.replace("title: \"A demo case\"\n", "").replace("discussion:\n  - \"Why?\"\n", ""));
        assertThat(headlines()).containsExactly(
                "demo/case.md:1:1: error: [PB402] field 'discussion' is missing",
                "demo/case.md:1:1: error: [PB402] field 'title' is missing");
    }

    @Test
    void fieldsOfTheWrongTypeAreReportedAtTheirValue() {
        read(VALID.replace("reading_minutes: 20", "reading_minutes: twenty").replace("parks: [park-a, park-b]", "parks: park-a"));
        assertThat(headlines()).containsExactly(
                "demo/case.md:6:8: error: [PB402] 'parks' must be a list of park ids, not 'park-a'",
                "demo/case.md:7:18: error: [PB402] 'reading_minutes' must be a whole number, not 'twenty'");
    }

    @Test
    void anObjectiveWithoutTextIsReported() {
        read(VALID.replace("    text: \"Explain it.\"\n", ""));
        assertThat(headlines()).containsExactly("demo/case.md:9:5: error: [PB402] field 'text' is missing");
    }

    @Test
    void repeatedOrUnsluggedObjectiveIdsAreReported() {
        read(VALID.replace("discussion:", "  - id: explain-it\n    text: Again.\n  - id: Explain It\n    text: Third.\ndiscussion:"));
        assertThat(headlines()).containsExactly(
                "demo/case.md:11:9: error: [PB301] duplicate objective id 'explain-it': first defined on line 9",
                "demo/case.md:13:9: error: [PB306] objective id 'Explain It' is not a slug");
    }

    @Test
    void anUnknownStatusIsAnUnknownWord() {
        read(VALID.replace("status: published", "status: publish"));
        assertThat(headlines()).containsExactly(
                "demo/case.md:4:9: error: [PB207] unknown case status 'publish'; did you mean 'published'? Allowed: draft, published");
    }

    @Test
    void anIdOtherThanTheDirectoryNameIsAWrongValue() {
        read(VALID.replace("id: demo", "id: demo-two"));
        assertThat(headlines()).containsExactly(
                "demo/case.md:2:5: error: [PB402] id 'demo-two' must equal the case directory's name 'demo'");
    }

    @Test
    void aCaseIdThatIsNotASlugIsReported() {
        read(VALID.replace("id: demo", "id: Demo Case"));
        assertThat(headlines()).containsExactly("demo/case.md:2:5: error: [PB306] case id 'Demo Case' is not a slug");
    }

    @Test
    void anUnknownFieldIsAnErrorAtItsName() {
        // an error, not a warning: the value of a misspelt field would otherwise be lost without a word
        read(VALID.replace("reading_minutes: 20", "reading_minutes: 20\nreading_time: 20"));
        assertThat(headlines()).containsExactly(
                "demo/case.md:8:1: error: [PB403] unknown front matter field 'reading_time'");
    }

    @Test
    void frontMatterThatIsAListInsteadOfFieldsIsReported() {
        read("---\n- id: demo\n---\n");
        assertThat(headlines()).containsExactly(
                "demo/case.md:2:1: error: [PB402] the front matter must be fields ('name: value'), not a list");
    }

    @Test
    void anUnknownObjectiveFieldIsAnError() {
        read(VALID.replace("    text: \"Explain it.\"", "    text: \"Explain it.\"\n    level: basic"));
        assertThat(headlines()).containsExactly("demo/case.md:11:5: error: [PB403] unknown objective field 'level'");
    }

    @Test
    void yamlCannotBuildJavaObjects() {
        read(VALID.replace("title: \"A demo case\"", "title: !!java.io.File [\"/\"]"));
        assertThat(headlines()).containsExactly(
                "demo/case.md:3:8: error: [PB401] malformed YAML: Global tag is not allowed: tag:yaml.org,2002:java.io.File");
    }
}
