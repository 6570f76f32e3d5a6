package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.Diagnostics;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** The one YAML reader: its codes, wording and positions, whatever file the YAML is in. */
class YamlFieldsTest {
    private static final List<String> FIELDS = List.of("title", "minutes", "tags", "draft", "share");

    private final Diagnostics diagnostics = new Diagnostics();
    /** As for front matter: the YAML starts on the file's second line, after the opening ---. */
    private final YamlFields yaml = new YamlFields("f.md", 2, diagnostics);

    private Map<String, Node> fields(String text) {
        Optional<MappingNode> root = yaml.document(text, "the front matter", "");
        assertThat(root).isPresent();
        return yaml.fields(root.get(), FIELDS, "test");
    }

    private List<String> headlines() {
        return diagnostics.sorted().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void aRepeatedFieldIsReportedAtTheRepeatNamingTheFirst() {
        Map<String, Node> f = fields("title: A\nminutes: 3\ntitle: B\n");
        yaml.fields(yaml.document("{share: 1, draft: no, share: 2}", "the front matter", "").orElseThrow(), FIELDS, "test");

        assertThat(headlines()).containsExactly(
                "f.md:2:23: error: [PB401] field 'share' appears twice (first at column 2)",
                "f.md:4:1: error: [PB401] field 'title' appears twice (first on line 2)");
        assertThat(yaml.text(f, "title", true, yaml.at((Node) null))).isEqualTo("A");
    }

    @Test
    void anUnknownFieldIsAnErrorWithTheClosestNameAndTheList() {
        fields("title: A\nminuts: 3\ncolour: red\n");

        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
                "f.md:3:1: error: [PB403] unknown test field 'minuts'; did you mean 'minutes'?"
                        + System.lineSeparator() + "    hint: the test fields are: title, minutes, tags, draft, share",
                "f.md:4:1: error: [PB403] unknown test field 'colour'"
                        + System.lineSeparator() + "    hint: the test fields are: title, minutes, tags, draft, share");
    }

    @Test
    void anAbsentRequiredFieldIsMissingAndAnEmptyOneIsEmpty() {
        Origin owner = new Origin("f.md", 1, 1);
        Map<String, Node> f = fields("title:\nminutes: \"\"\n");

        assertThat(yaml.text(f, "title", true, owner)).isNull();
        assertThat(yaml.integer(f, "minutes", false, owner, "25")).isNull();
        assertThat(yaml.texts(f, "tags", "tags", true, owner)).isNull();
        assertThat(yaml.texts(f, "tags", "tags", false, owner)).isEmpty();
        assertThat(headlines()).containsExactly(
                "f.md:1:1: error: [PB402] field 'tags' is missing",
                "f.md:2:7: error: [PB208] field 'title' is empty");
    }

    @Test
    void valuesOfTheWrongShapeAreReportedAtTheValueWithOneWording() {
        Origin owner = new Origin("f.md", 1, 1);
        Map<String, Node> f = fields("title: [a, b]\nminutes: ten\ntags: [ok, [nested], {a: b}]\ndraft: \"true\"\nshare: -2\n");

        assertThat(yaml.text(f, "title", true, owner)).isNull();
        assertThat(yaml.integer(f, "minutes", true, owner, "25")).isNull();
        assertThat(yaml.texts(f, "tags", "tags", true, owner)).isNull();
        assertThat(yaml.bool(f, "draft")).isEmpty();
        assertThat(yaml.number(f, "share", "2.5")).isNull();
        assertThat(headlines()).containsExactly(
                "f.md:2:8: error: [PB402] 'title' must be a text, not a list",
                "f.md:3:10: error: [PB402] 'minutes' must be a whole number, not 'ten'",
                "f.md:4:12: error: [PB402] an item of 'tags' must be a text, not a list",
                "f.md:4:22: error: [PB402] an item of 'tags' must be a text, not a set of fields",
                "f.md:5:8: error: [PB402] 'draft' must be true or false, not 'true'",
                "f.md:6:8: error: [PB402] 'share' must be a plain number ≥ 0, not '-2'");
    }

    @Test
    void wellFormedValuesAreRead() {
        Origin owner = new Origin("f.md", 1, 1);
        Map<String, Node> f = fields("title: \"  A: B \"\nminutes: \"25\"\ntags: [x, y]\ndraft: yes\nshare: .5\n");

        assertThat(yaml.text(f, "title", true, owner)).isEqualTo("A: B");
        assertThat(yaml.integer(f, "minutes", true, owner, "25")).isEqualTo(25);
        assertThat(yaml.texts(f, "tags", "tags", true, owner)).containsExactly(
                new YamlFields.Located("x", new Origin("f.md", 4, 8)), new YamlFields.Located("y", new Origin("f.md", 4, 11)));
        assertThat(yaml.bool(f, "draft")).contains(true);
        assertThat(yaml.number(f, "share", "2.5")).isEqualTo(0.5);
        assertThat(headlines()).isEmpty();
    }

    @Test
    void aListOrAValueIsNotFields() {
        assertThat(yaml.document("- a\n- b\n", "a course file", "start from the example")).isEmpty();
        assertThat(yaml.document("# only a comment\n", "a course file", "")).get()
                .satisfies(m -> assertThat(m.getValue()).isEmpty());
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
                "f.md:2:1: error: [PB402] a course file must be fields ('name: value'), not a list"
                        + System.lineSeparator() + "    hint: start from the example");
    }

    @Test
    void aFieldNameThatIsNotAWordIsReported() {
        fields("? [a, b]\n: 1\ntitle: A\n");

        assertThat(headlines()).containsExactly("f.md:2:3: error: [PB402] a field's name must be a word, not a list");
    }

    @Test
    void tagsBuildNothingAndAliasesCannotMultiply() {
        assertThat(yaml.document("title: !!java.io.File [\"/\"]\n", "the front matter", "")).isEmpty();
        StringBuilder bomb = new StringBuilder("a: &a [x, x]\n");
        for (int i = 0; i < InputLimits.YAML_ALIASES + 1; i++) {
            bomb.append("k").append(i).append(": *a\n");
        }
        assertThat(yaml.document(bomb.toString(), "the front matter", "")).isEmpty();

        // at the alias that passes the limit: the file's line 2 + 11, after "k10: "
        assertThat(headlines()).containsExactly(
                "f.md:2:8: error: [PB401] malformed YAML: Global tag is not allowed: tag:yaml.org,2002:java.io.File",
                "f.md:13:6: error: [PB108] more than 10 aliases (*a is alias 11), the limit for a YAML text");
    }

    @Test
    void aliasesOfOneLongValueAreLimitedToo() {
        // 221 KB of scalar aliases: SnakeYAML's own limit counts only aliases of lists and fields
        StringBuilder bomb = new StringBuilder("title: &t \"" + "x".repeat(1000) + "\"\ntags:\n");
        for (int i = 0; i < 40_000; i++) {
            bomb.append("  - *t\n");
        }
        assertThat(bomb.length()).isGreaterThan(220_000);

        assertThat(yaml.document(bomb.toString(), "the front matter", "")).isEmpty();
        assertThat(headlines()).containsExactly(
                "f.md:14:5: error: [PB108] more than 10 aliases (*t is alias 11), the limit for a YAML text");
    }

    @Test
    void billionLaughsStopAtTheAliasThatPassesALimit() {
        String laughs = """
                a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
                b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                """;

        assertThat(yaml.document(laughs, "the front matter", "")).isEmpty();
        // *b is the 10th alias, so the 11th is the second *b on line 3 (the file's line 4), column 12
        assertThat(headlines()).containsExactly(
                "f.md:4:12: error: [PB108] more than 10 aliases (*b is alias 11), the limit for a YAML text");
    }

    @Test
    void whatAliasesExpandToIsLimited() {
        String big = "x".repeat(InputLimits.YAML_EXPANDED_CHARACTERS / 4);
        String text = "title: &t \"" + big + "\"\ntags: [*t, *t, *t, *t]\n";

        assertThat(yaml.document(text, "the front matter", "")).isEmpty();
        // the text and three aliases of it make four quarters of the limit, and the field names pass it: the third alias
        assertThat(headlines()).containsExactly("f.md:3:16: error: [PB108] the values, with every alias written out, hold more than "
                + InputLimits.count(InputLimits.YAML_EXPANDED_CHARACTERS) + " characters, the limit for a YAML text");
    }

    @Test
    void nestingIsLimitedWhereItPassesTheLimit() {
        String text = "title: " + "[".repeat(InputLimits.YAML_NESTING + 1) + "]".repeat(InputLimits.YAML_NESTING + 1) + "\n";

        assertThat(yaml.document(text, "the front matter", "")).isEmpty();
        // the mapping of the fields is the first level, so the 20th bracket opens the 21st
        assertThat(headlines()).containsExactly("f.md:2:" + (7 + InputLimits.YAML_NESTING)
                + ": error: [PB108] lists and fields nested more than 20 deep, the limit for a YAML text");
    }

    @Test
    void aHugeTextIsRefusedNotRead() {
        String huge = "title: \"" + "x".repeat(InputLimits.YAML_CHARACTERS) + "\"\n";

        assertThat(yaml.document(huge, "the front matter", "")).isEmpty();
        assertThat(headlines()).containsExactly("f.md:2:" + (InputLimits.YAML_CHARACTERS + 1)
                + ": error: [PB105] the YAML text is longer than 1,048,576 characters, the limit for a YAML text; it was not read");
    }

    @Test
    void escapesMayNotWriteControlCharactersOrHalfCharacters() {
        Map<String, Node> f = fields("title: \"bell\\x07\"\nminutes: 3\ntags: [\"\\uD800\", ok, \"\\uD83D\\uDE00\"]\nshare: \"\\uFFFF\"\n");

        assertThat(f).containsKeys("title", "tags");
        assertThat(headlines()).containsExactly(
                "f.md:2:8: error: [PB211] the value holds control character U+0007",
                "f.md:4:8: error: [PB212] the value holds \\uD800, half of a UTF-16 surrogate pair, which is not a character"
                        + " (written out it would become '?')",
                "f.md:5:8: error: [PB212] the value holds U+FFFF, which is not a character");
    }

    @Test
    void aRawControlCharacterIsPlacedAtItsLineAndColumn() {
        assertThat(yaml.document("title: A\nminutes: 3\u0001\n", "the front matter", "")).isEmpty();

        assertThat(headlines()).containsExactly("f.md:3:11: error: [PB211] control character U+0001 in the text");
    }
}
