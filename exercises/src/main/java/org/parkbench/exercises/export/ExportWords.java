package org.parkbench.exercises.export;

import org.parkbench.core.language.Language;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.ExerciseWords;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.model.RubricCriterion;

/**
 * The words an LMS export writes around an exercise's own texts: a variant's name, a position in a
 * sequence, the label and rounding of a numeric answer, a short answer's model answer and rubric.
 * They are in the exercise's language (the language its texts were read in: English for an
 * exercise with no translation), from the exercises module's bundle ({@code export.*}), a unit by
 * that language's {@code QuantityFormat} as the site's exercise page writes it; so a Chinese
 * export says in Chinese what the English one says in English, and nothing else differs.
 */
final class ExportWords {
    private final ExerciseWords words;

    private ExportWords(ExerciseWords words) {
        this.words = words;
    }

    static ExportWords of(Exercise exercise) {
        return of(exercise.header().language());
    }

    static ExportWords of(Language language) {
        return new ExportWords(ExerciseWords.of(language));
    }

    /** {@code name} of a question, with the variant's index when the exercise has several: "x (variant 1)". */
    String variant(String name, ExerciseVariant v) {
        return v.exercise().variantCount() > 1 ? words.format("export.variant", name, String.valueOf(v.index())) : name;
    }

    /** A position in a sequence, from 1: "1st", "2nd", "11th", "21st"; "第 1 位". */
    String position(int n) {
        String number = String.valueOf(n);
        if (n % 100 >= 11 && n % 100 <= 13) {
            return words.format("export.position.th", number);
        }
        return switch (n % 10) {
            case 1 -> words.format("export.position.st", number);
            case 2 -> words.format("export.position.nd", number);
            case 3 -> words.format("export.position.rd", number);
            default -> words.format("export.position.th", number);
        };
    }

    /** Canvas's note above an order exercise made a matching question: "Match each position to its event: 1st is the earliest." */
    String orderNote() {
        return words.format("export.order.note", position(1));
    }

    /** The text before a numeric answer's box: "Answer: ". */
    String answer() {
        return words.text("export.answer");
    }

    /** What follows a numeric answer's box: its unit and, with decimals, how it is rounded: " jobs/km² (to 2 decimals)"; "" for neither. */
    String numericNote(Key.Number key) {
        String unit = key.unit().isEmpty() ? "" : " " + words.numbers().unitLabel(key.unit());
        int decimals = key.accuracy().decimals();
        if (decimals <= 0) {
            return unit;
        }
        return unit + words.format(decimals == 1 ? "export.decimals.one" : "export.decimals.many", String.valueOf(decimals));
    }

    /** A short answer's model answer and rubric for graders, as Markdown: "Model answer: …", "Rubric:" and a list of criteria. */
    String graderNotes(Key.Manual key) {
        String label = words.text("export.model-answer");
        // a full-width colon holds its own space ("参考答案：…"); after an ASCII one a space follows ("Model answer: …")
        StringBuilder text = new StringBuilder(label).append(label.endsWith("：") ? "" : " ").append(key.modelAnswer())
                .append("\n\n").append(words.text("export.rubric")).append("\n\n");
        key.rubric().forEach(r -> text.append("- ").append(criterion(r)).append('\n'));
        return text.toString();
    }

    /** One criterion of a rubric with its points: "1 point: …", "2 points: …". */
    String criterion(RubricCriterion r) {
        return r.points() == 1 ? words.format("export.rubric.one", r.criterion())
                : words.format("export.rubric.many", String.valueOf(r.points()), r.criterion());
    }

    /** A message of the bundle, for the words only one export writes. */
    String text(String key) {
        return words.text(key);
    }

    /** A message of the bundle with its arguments, already written. */
    String format(String key, String... args) {
        return words.format(key, args);
    }
}
