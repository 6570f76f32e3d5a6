package org.parkbench.exercises.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.parkbench.core.language.Language;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.markup.TrustedHtml;

/**
 * Writes every exercise in Moodle's GIFT format, one category per case
 * ({@code $CATEGORY: parkbench/<case>}); an exercise with variants gets a category of its own
 * ({@code parkbench/<case>/<exercise>}) holding one question per variant, for a random question
 * from that pool. Mapping (docs/exercise-format.md, "Export"): single choice with per-choice
 * feedback; multiple choice with each right choice worth an equal share and each wrong one −100 %;
 * numeric as {@code {#=key:margin#right ~#wrong}}, the key rounded to its precision and the margin of
 * {@link Key.Number#margin()}, so that Moodle accepts exactly the answers the site accepts, with the
 * exercise's feedback for a right answer and, as Moodle's answer {@code *} worth 0 %, for any other
 * answer; classify as matching item → model; order as
 * matching event → position (GIFT has no ordering question); short answer as an essay. The worked
 * solution is the general feedback.
 *
 * <p>Every text is HTML ({@code [html]}, which Moodle applies to the answers and feedback of the
 * question too, and shows without cleaning it): the Markdown texts as the site shows them,
 * sanitised by {@link ExportText}, and the plain ones (title, choice labels, matching items)
 * HTML-escaped; GIFT's own escaping ({@link GiftText}) is applied last, to the sanitised markup. A
 * matching answer (a model, a position) stays plain text: Moodle offers it in a drop-down list,
 * which shows text only.
 *
 * <p>GIFT has no way to give a question its mark (Moodle imports every question with mark 1), so
 * a comment line above each question says the exercise's points, for the lecturer who sets the
 * marks in the quiz; Moodle and every GIFT reader skip comment lines.
 */
public final class GiftExporter {
    private final ExerciseSet exercises;
    private final ExportText texts;

    public GiftExporter(ExerciseSet exercises) {
        this.exercises = exercises;
        this.texts = new ExportText(exercises.casebook());
    }

    /** The whole GIFT file. */
    public String export() {
        StringBuilder out = new StringBuilder();
        out.append("// ").append(fileWords().text("export.gift.file")).append("\n\n");
        for (Map.Entry<String, List<Exercise>> e : exercises.byCase().entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            out.append("$CATEGORY: parkbench/").append(e.getKey()).append("\n\n");
            for (Exercise exercise : e.getValue()) {
                List<ExerciseVariant> variants = exercises.variants(exercise.id());
                if (variants.size() > 1) {
                    out.append("$CATEGORY: parkbench/").append(e.getKey()).append('/').append(exercise.id()).append("\n\n");
                }
                variants.forEach(v -> question(v, out));
                if (variants.size() > 1) {
                    out.append("$CATEGORY: parkbench/").append(e.getKey()).append("\n\n");
                }
            }
        }
        return out.toString();
    }

    /**
     * The words of the file's own comment: an exercise is in English unless the set was read in
     * another language and the exercise has a translation, so the first exercise in another
     * language tells the set's.
     */
    private ExportWords fileWords() {
        return ExportWords.of(exercises.exercises().stream().map(e -> e.header().language()).filter(l -> l != Language.EN)
                .findFirst().orElse(Language.EN));
    }

    private void question(ExerciseVariant v, StringBuilder out) {
        Exercise exercise = v.exercise();
        ExportWords words = ExportWords.of(exercise);
        String name = words.variant(v.exerciseId(), v);
        String params = v.params().isEmpty() ? "" : " — " + v.describeParams().replaceAll("[\\r\\n]+", " ");
        out.append("// ").append(v.exerciseId()).append(params).append(" — ").append(v.type().word()).append('\n');
        int points = v.exercise().points();
        out.append("// ").append(words.format("export.gift.points", String.valueOf(points))).append('\n');
        out.append("::").append(GiftText.escape(name)).append("::[html]")
                .append(GiftText.escape("<p><strong>" + TrustedHtml.escape(v.title()) + "</strong></p>" + html(v.body(), exercise)));
        String solution = GiftText.escape(html(v.solution(), exercise));
        Key key = v.key();
        switch (v.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                Key.Choices choices = (Key.Choices) key;
                boolean multiple = v.type() == org.parkbench.exercises.model.ExerciseType.MULTIPLE_CHOICE;
                out.append(" {\n");
                for (ExerciseVariant.Option o : v.options()) {
                    boolean right = choices.correct().contains(o.id());
                    out.append('\t');
                    if (multiple) {
                        out.append('~').append(right ? "%" + weight(choices.correct().size()) + "%" : "%-100%");
                    } else {
                        out.append(right ? '=' : '~');
                    }
                    out.append(plain(o.label()));
                    String feedback = o.feedback().isEmpty() ? (right ? v.feedbackCorrect() : v.feedbackIncorrect()) : o.feedback();
                    if (!feedback.isBlank()) {
                        out.append('#').append(GiftText.escape(html(feedback, exercise)));
                    }
                    out.append('\n');
                }
            }
            case NUMERIC -> {
                Key.Number n = (Key.Number) key;
                out.append(" {#\n\t=").append(n.key().toPlainString()).append(':').append(n.margin().toPlainString());
                if (!v.feedbackCorrect().isBlank()) {
                    out.append('#').append(GiftText.escape(html(v.feedbackCorrect(), exercise)));
                }
                out.append('\n');
                // Moodle's own GIFT export writes the feedback for every other answer so: a "~" answer with no number
                if (!v.feedbackIncorrect().isBlank()) {
                    out.append("\t~#").append(GiftText.escape(html(v.feedbackIncorrect(), exercise))).append('\n');
                }
            }
            case CLASSIFY -> {
                Key.Classification c = (Key.Classification) key;
                out.append(" {\n");
                for (ExerciseVariant.Option o : v.options()) {
                    out.append("\t=").append(plain(o.label())).append(" -> ")
                            .append(GiftText.escape(c.models().get(o.id()).label(v.exercise().header().language()))).append('\n');
                }
            }
            case ORDER -> {
                Key.Sequence s = (Key.Sequence) key;
                out.append(" {\n");
                for (ExerciseVariant.Option o : v.options()) {
                    out.append("\t=").append(plain(o.label())).append(" -> ")
                            .append(GiftText.escape(words.position(s.order().indexOf(o.id()) + 1))).append('\n');
                }
            }
            case SHORT_ANSWER -> out.append(" {\n");
        }
        out.append("\t####").append(solution).append("\n}\n\n");
    }

    /** Markdown as the site shows it, sanitised, with its citations in words. */
    private String html(String markdown, Exercise exercise) {
        return texts.html(markdown, exercise).html().strip();
    }

    /** Plain text in an HTML text, GIFT-escaped. */
    private static String plain(String text) {
        return GiftText.escape(TrustedHtml.escape(text));
    }

    /** Moodle's percentage for one of {@code count} right choices ("50", "33.33333"). */
    static String weight(int count) {
        return BigDecimal.valueOf(100).divide(BigDecimal.valueOf(count), 5, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
