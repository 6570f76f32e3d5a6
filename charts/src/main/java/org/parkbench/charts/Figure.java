package org.parkbench.charts;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.Slug;

/**
 * One figure of the catalogue: what it is called and says (title, caption, source line, alt text
 * written from the data), the data as a table, and a recipe for its chart. Each call of
 * {@link #newChart()} builds a fresh JFreeChart, so figures can be rendered on several threads at
 * once (JFreeChart objects are not thread-safe).
 */
public final class Figure {
    public static final int DEFAULT_WIDTH = 720;
    public static final int DEFAULT_HEIGHT = 450;

    private final String id;
    private final String title;
    private final String subtitle;
    private final String caption;
    private final String sourceLine;
    private final String sourceNote;
    private final String altText;
    private final DataTable table;
    private final String caseId;
    private final String parkId;
    private final int width;
    private final int height;
    private final boolean legend;
    private final Language language;
    private final Supplier<? extends Plot> plot;

    private Figure(Builder b) {
        this.language = Objects.requireNonNull(b.language, "language");
        this.id = Slug.require(b.id, "figure id");
        this.title = required(b.title, "title");
        this.subtitle = Objects.requireNonNullElse(b.subtitle, "");
        this.caption = required(b.caption, "caption");
        this.sourceLine = required(b.sourceLine, "source line");
        this.sourceNote = b.sourceNote == null || b.sourceNote.isBlank() ? HouseStyle.displayable(sourceLine, language) : b.sourceNote.strip();
        this.altText = required(b.altText, "alt text");
        this.table = Objects.requireNonNull(b.table, "table");
        if (table.isEmpty()) {
            throw new MissingDataException(id, "its data table has no rows");
        }
        this.caseId = b.caseId;
        this.parkId = b.parkId;
        if (b.width < 200 || b.height < 150) {
            throw new IllegalArgumentException("figure " + id + " is too small: " + b.width + "×" + b.height);
        }
        this.width = b.width;
        this.height = b.height;
        this.legend = b.legend;
        this.plot = Objects.requireNonNull(b.plot, "plot");
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    private String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("figure " + id + " has no " + what);
        }
        return text.strip();
    }

    /** The figure's slug; also its file name. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** A line under the title (e.g. "Derived values"), or empty. */
    public String subtitle() {
        return subtitle;
    }

    public String caption() {
        return caption;
    }

    /** "Sources: …", the sources of the data shown. */
    public String sourceLine() {
        return sourceLine;
    }

    /** The short source line drawn at the foot of the chart (the full one belongs in the caption). */
    public String sourceNote() {
        return sourceNote;
    }

    /** A text alternative written from the data: the key numbers and the trend. */
    public String altText() {
        return altText;
    }

    public DataTable table() {
        return table;
    }

    /** The case the figure belongs to, if it is about one case. */
    public Optional<String> caseId() {
        return Optional.ofNullable(caseId);
    }

    /** The park the figure is about, if it is about one park (a park page shows it). */
    public Optional<String> parkId() {
        return Optional.ofNullable(parkId);
    }

    /** The language of every text of the figure (and the font it is drawn in). */
    public Language language() {
        return language;
    }

    /** Width in CSS pixels (the SVG's size; the PNG is twice that). */
    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** A new chart in the house style, with title, subtitle, legend and source note. */
    public JFreeChart newChart() {
        Plot p = plot.get();
        JFreeChart chart = new JFreeChart(title, HouseStyle.TITLE_FONT, p, false);
        HouseStyle.apply(chart, language); // first: the theme restyles every title it finds
        if (!subtitle.isEmpty()) {
            chart.addSubtitle(HouseStyle.subtitle(subtitle));
        }
        // bottom titles stack upwards in the order added: source note at the foot, legend above it
        chart.addSubtitle(HouseStyle.sourceNote(sourceNote));
        if (legend) {
            chart.addSubtitle(HouseStyle.legend(p));
        }
        return HouseStyle.useFonts(chart, language);
    }

    @Override
    public String toString() {
        return "Figure[" + id + "]";
    }

    /** Collects a figure's parts; {@link #build()} checks them. */
    public static final class Builder {
        private final String id;
        private String title;
        private String subtitle;
        private String caption;
        private String sourceLine;
        private String sourceNote;
        private String altText;
        private DataTable table;
        private String caseId;
        private String parkId;
        private int width = DEFAULT_WIDTH;
        private int height = DEFAULT_HEIGHT;
        private boolean legend = true;
        private Language language = Language.EN;
        private Supplier<? extends Plot> plot;

        private Builder(String id) {
            this.id = id;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder subtitle(String subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        public Builder caption(String caption) {
            this.caption = caption;
            return this;
        }

        public Builder sourceLine(String sourceLine) {
            this.sourceLine = sourceLine;
            return this;
        }

        /** The short form of the source line drawn in the chart; defaults to the source line. */
        public Builder sourceNote(String sourceNote) {
            this.sourceNote = sourceNote;
            return this;
        }

        public Builder altText(String altText) {
            this.altText = altText;
            return this;
        }

        public Builder table(DataTable table) {
            this.table = table;
            return this;
        }

        public Builder caseId(String caseId) {
            this.caseId = caseId;
            return this;
        }

        /** The park the figure is about, when it is about one. */
        public Builder parkId(String parkId) {
            this.parkId = parkId;
            return this;
        }

        public Builder size(int width, int height) {
            this.width = width;
            this.height = height;
            return this;
        }

        /** The language the figure's texts are in (default English). */
        public Builder language(Language language) {
            this.language = language;
            return this;
        }

        /** Whether the chart shows a legend (default yes). */
        public Builder legend(boolean legend) {
            this.legend = legend;
            return this;
        }

        /** How to build the plot; called once per render. */
        public Builder plot(Supplier<? extends Plot> plot) {
            this.plot = plot;
            return this;
        }

        public Figure build() {
            return new Figure(this);
        }
    }
}
