package org.parkbench.site.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parkbench.core.model.Colour;
import org.parkbench.core.model.DevelopmentModel;

/**
 * The stylesheet rules that give each development model its colour on the site, written by the
 * build from {@link DevelopmentModel#colour()}, the colour the figures draw the model in, and
 * appended to {@code site.css}; so a badge, a model card and a figure's legend cannot disagree.
 * {@code --m-figure} is the model's colour itself (card and heading rules); {@code --m}, for text
 * (the badges), is that colour darkened in the light theme, lightened in the dark one, by the
 * least amount that reads at {@value #TEXT_CONTRAST}:1 on every background of the theme (WCAG 2,
 * level AA), the backgrounds being read from the stylesheet the rules are appended to.
 */
public final class ModelStylesheet {
    /** WCAG 2's minimum contrast for body-size text (level AA). */
    public static final double TEXT_CONTRAST = 4.5;
    /** The stylesheet's backgrounds text can sit on, by custom property. */
    static final List<String> BACKGROUNDS = List.of("--paper", "--paper-2", "--card");
    static final String LIGHT = ":root";
    static final String DARK = ":root[data-theme=\"dark\"]";
    private static final Colour BLACK = new Colour(0x000000);
    private static final Colour WHITE = new Colour(0xFFFFFF);
    private static final int STEPS = 100;

    private ModelStylesheet() {
    }

    /** The rules for every model, for a stylesheet ({@code siteCss}) that declares the backgrounds of its light and dark themes. */
    public static String rules(String siteCss) {
        List<Colour> light = backgrounds(siteCss, LIGHT);
        List<Colour> dark = backgrounds(siteCss, DARK);
        StringBuilder css = new StringBuilder("""

                /* Development models, written by the build from DevelopmentModel's colours (the figures' own): --m-figure is
                   the colour, --m (text) the colour darkened or lightened just enough to read at 4.5:1 on the theme's backgrounds. */
                """);
        for (DevelopmentModel m : DevelopmentModel.values()) {
            css.append(selector(m)).append(" { --m: ").append(textColour(m.colour(), light).hex())
                    .append("; --m-figure: ").append(m.colour().hex()).append("; }\n");
        }
        for (DevelopmentModel m : DevelopmentModel.values()) {
            css.append(DARK).append(' ').append(selector(m)).append(" { --m: ").append(textColour(m.colour(), dark).hex()).append("; }\n");
        }
        css.append("@media (prefers-color-scheme: dark) {\n");
        for (DevelopmentModel m : DevelopmentModel.values()) {
            css.append("  :root:not([data-theme=\"light\"]) ").append(selector(m)).append(" { --m: ")
                    .append(textColour(m.colour(), dark).hex()).append("; }\n");
        }
        return css.append("}\n").toString();
    }

    /** The class that carries a model's colour: {@code .model-company-led}. */
    static String selector(DevelopmentModel model) {
        return ".model-" + model.word();
    }

    /**
     * {@code colour} as text on {@code backgrounds}: itself if it reads at {@value #TEXT_CONTRAST}:1
     * on all of them, else mixed towards black (on light backgrounds) or white (on dark ones) in
     * steps of 1 % until it does.
     */
    static Colour textColour(Colour colour, List<Colour> backgrounds) {
        double mean = backgrounds.stream().mapToDouble(ModelStylesheet::luminance).average().orElseThrow();
        Colour towards = mean > 0.5 ? BLACK : WHITE;
        for (int step = 0; step <= STEPS; step++) {
            Colour shade = mix(colour, towards, step / (double) STEPS);
            if (backgrounds.stream().allMatch(b -> contrast(shade, b) >= TEXT_CONTRAST)) {
                return shade;
            }
        }
        throw new IllegalStateException("no shade of " + colour.hex() + " reads on " + backgrounds.stream().map(Colour::hex).toList());
    }

    /** WCAG 2's contrast ratio of two colours, 1 to 21. */
    static double contrast(Colour a, Colour b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2's relative luminance of an sRGB colour, 0 (black) to 1 (white). */
    static double luminance(Colour c) {
        return 0.2126 * linear(c.red()) + 0.7152 * linear(c.green()) + 0.0722 * linear(c.blue());
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static Colour mix(Colour from, Colour to, double share) {
        return new Colour(channel(from.red(), to.red(), share) << 16 | channel(from.green(), to.green(), share) << 8
                | channel(from.blue(), to.blue(), share));
    }

    private static int channel(int from, int to, double share) {
        return (int) Math.round(from + (to - from) * share);
    }

    /** The backgrounds that the block of {@code selector} in {@code css} declares. */
    static List<Colour> backgrounds(String css, String selector) {
        int open = css.indexOf(selector + " {");
        if (open < 0) {
            throw new IllegalArgumentException("the stylesheet has no block " + selector);
        }
        String block = css.substring(open, css.indexOf('}', open));
        List<Colour> found = new ArrayList<>();
        for (String property : BACKGROUNDS) {
            Matcher m = Pattern.compile("(?<![\\w-])" + Pattern.quote(property) + "\\s*:\\s*#([0-9a-fA-F]{6})\\b").matcher(block);
            if (!m.find()) {
                throw new IllegalArgumentException("the stylesheet's block " + selector + " declares no " + property);
            }
            found.add(new Colour(Integer.parseInt(m.group(1), 16)));
        }
        return found;
    }
}
