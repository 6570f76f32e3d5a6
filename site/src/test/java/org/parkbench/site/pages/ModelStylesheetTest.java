package org.parkbench.site.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parkbench.core.model.Colour;
import org.parkbench.core.model.DevelopmentModel;

/**
 * The models' badges read in both themes of the real stylesheet and carry the figures' colours:
 * the rules appended to site.css give each model its own colour and a text shade of it with at
 * least 4.5:1 contrast on every background of the light and the dark theme.
 */
class ModelStylesheetTest {
    private static final String SITE_CSS = resource("parkbench/site/assets/site.css");

    @Test
    void contrastIsWcagsRatio() {
        assertThat(ModelStylesheet.contrast(new Colour(0x000000), new Colour(0xFFFFFF))).isCloseTo(21, within(1e-9));
        assertThat(ModelStylesheet.contrast(new Colour(0xFFFFFF), new Colour(0xFFFFFF))).isCloseTo(1, within(1e-9));
        // #767676 is the lightest grey that passes AA on white, at 4.54:1
        assertThat(ModelStylesheet.contrast(new Colour(0x767676), new Colour(0xFFFFFF))).isCloseTo(4.54, within(0.01));
    }

    @Test
    void everyBadgeReadsAtAaOnEveryBackgroundOfBothThemes() {
        String rules = ModelStylesheet.rules(SITE_CSS);
        for (String theme : List.of(ModelStylesheet.LIGHT, ModelStylesheet.DARK)) {
            List<Colour> backgrounds = ModelStylesheet.backgrounds(SITE_CSS, theme);
            for (DevelopmentModel m : DevelopmentModel.values()) {
                Colour text = text(rules, m, theme);
                for (Colour b : backgrounds) {
                    assertThat(ModelStylesheet.contrast(text, b)).as(m.word() + " " + text.hex() + " on " + b.hex() + " (" + theme + ")")
                            .isGreaterThanOrEqualTo(ModelStylesheet.TEXT_CONTRAST);
                }
            }
        }
    }

    @Test
    void eachModelCarriesItsFigureColourAndATextShadeOfIt() {
        String rules = ModelStylesheet.rules(SITE_CSS);
        for (DevelopmentModel m : DevelopmentModel.values()) {
            assertThat(rules).contains(".model-" + m.word() + " { --m: ").contains("--m-figure: " + m.colour().hex() + ";");
            Colour light = text(rules, m, ModelStylesheet.LIGHT);
            Colour dark = text(rules, m, ModelStylesheet.DARK);
            // a shade is the colour mixed with black (light theme) or white (dark theme): no channel moves the other way
            assertThat(light.red()).isLessThanOrEqualTo(m.colour().red());
            assertThat(light.green()).isLessThanOrEqualTo(m.colour().green());
            assertThat(light.blue()).isLessThanOrEqualTo(m.colour().blue());
            assertThat(dark.red()).isGreaterThanOrEqualTo(m.colour().red());
            assertThat(dark.green()).isGreaterThanOrEqualTo(m.colour().green());
            assertThat(dark.blue()).isGreaterThanOrEqualTo(m.colour().blue());
        }
        // where the figures' colour already reads, the text is that colour
        assertThat(text(rules, DevelopmentModel.GOVERNMENT_DRIVEN, ModelStylesheet.LIGHT)).isEqualTo(DevelopmentModel.GOVERNMENT_DRIVEN.colour());
        assertThat(text(rules, DevelopmentModel.PRIVATE_LED, ModelStylesheet.DARK)).isEqualTo(DevelopmentModel.PRIVATE_LED.colour());
    }

    @Test
    void theSystemDarkThemeGetsTheSameShadesAsTheChosenOne() {
        String rules = ModelStylesheet.rules(SITE_CSS);
        for (DevelopmentModel m : DevelopmentModel.values()) {
            assertThat(rules).contains(":root:not([data-theme=\"light\"]) .model-" + m.word() + " { --m: "
                    + text(rules, m, ModelStylesheet.DARK).hex() + "; }");
        }
    }

    @Test
    void aStylesheetWithoutItsBackgroundsIsRefused() {
        assertThatThrownBy(() -> ModelStylesheet.rules(":root { --paper: #ffffff; }"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--paper-2");
    }

    /** The text colour the rules give {@code model} in {@code theme}. */
    static Colour text(String rules, DevelopmentModel model, String theme) {
        String prefix = theme.equals(ModelStylesheet.LIGHT) ? "(?m)^" : "(?m)^" + Pattern.quote(theme) + " ";
        Matcher m = Pattern.compile(prefix + Pattern.quote(".model-" + model.word()) + " \\{ --m: #([0-9a-f]{6});").matcher(rules);
        assertThat(m.find()).as(model.word() + " in " + theme).isTrue();
        return new Colour(Integer.parseInt(m.group(1), 16));
    }

    private static String resource(String name) {
        try (InputStream in = ModelStylesheetTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
