package org.parkbench.exercises.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkbench.exercises.key.DecimalAnswer;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.model.Exercise;

/**
 * No exercise of the shipped course states another exercise's answer: not in its question, hints,
 * choices, feedback or worked solution (a short answer's model answer included). A key is sought
 * as the checker reads a typed answer: every number written in the texts, with or without
 * thousands separators, rounded to the key's precision, that the key accepts (so the easy growth
 * exercise printing the hard one's "+16.519 % a year" is a hit, as would be "16.5"). Only
 * computed keys are sought (a reported figure passed through is a fact the texts may cite), not a
 * key of 0, and only numbers written with three significant digits or more: "15", "88" or "400"
 * are as common as a date or a count, and the student site's withholding covers short keys by what
 * they compute. A number that is the exercise's own key (its worked solution states it) is not
 * counted against another key it happens to fall near.
 */
class NoExerciseGivesAwayAnotherTest {
    /** A number as written: digits with optional thousands groups (comma, space, thin or no-break space) and decimals. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:[, \u00a0\u2009\u202f]\\d{3})+(?:\\.\\d+)?(?![\\d,])"
            + "|(?<![\\d.,])\\d+(?:\\.\\d+)?(?![\\d])");

    private record Sought(String exercise, int variant, Key.Number key) {
    }

    private record Text(String exercise, int variant, String part, String text) {
    }

    static ExerciseSet set;
    static List<Sought> keys = new ArrayList<>();
    static List<Text> texts = new ArrayList<>();

    @BeforeAll
    static void load() {
        set = ShippedCourse.exercises();
        for (Exercise e : set.exercises()) {
            for (ExerciseVariant v : set.variants(e.id())) {
                if (v.key() instanceof Key.Number n && n.value().derived() && n.value().value() != 0) {
                    keys.add(new Sought(e.id(), v.index(), n));
                }
                add(v, "title", v.title());
                add(v, "question", v.body());
                for (int i = 0; i < v.hints().size(); i++) {
                    add(v, "hint " + (i + 1), v.hints().get(i));
                }
                add(v, "feedback (correct)", v.feedbackCorrect());
                add(v, "feedback (incorrect)", v.feedbackIncorrect());
                for (ExerciseVariant.Option o : v.options()) {
                    add(v, "option " + o.id(), o.label());
                    add(v, "option " + o.id() + " feedback", o.feedback());
                }
                add(v, "solution", v.solution());
                if (v.key() instanceof Key.Manual m) {
                    add(v, "model answer", m.modelAnswer());
                }
            }
        }
    }

    private static void add(ExerciseVariant v, String part, String text) {
        texts.add(new Text(v.exerciseId(), v.index(), part, text));
    }

    /** The numbers of a text that a key accepts as its answer, written as in the text. */
    static List<String> givenAway(String text, Key.Number key) {
        List<String> hits = new ArrayList<>();
        List<String> accepted = key.acceptedAnswers();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String written = m.group();
            if (written.replaceAll("[^0-9]", "").replaceFirst("^0+", "").length() < 3) {
                continue;
            }
            Optional<BigDecimal> value = DecimalAnswer.parse(written.replaceAll("[ \u00a0\u2009\u202f,]", ""));
            if (value.isPresent() && accepted.contains(DecimalAnswer.format(value.get(), key.accuracy().decimals()))) {
                hits.add(written);
            }
        }
        return hits;
    }

    @Test
    void theScanSeesTheKeysItSeeks() {
        Key.Number annual = keys.stream().filter(k -> k.exercise().equals("sihanoukville-jobs-growth-annual")).findFirst()
                .orElseThrow().key();
        assertThat(givenAway("as the formula shows, +16.519 % a year, or 16.5", annual)).containsExactly("16.519", "16.5");
        assertThat(givenAway("in 2016, 165 firms and 16 519 workers", annual)).isEmpty();
        Key.Number enterprises = keys.stream().filter(k -> k.exercise().equals("overview-implied-enterprises")).findFirst()
                .orElseThrow().key();
        assertThat(givenAway("about 1,522 enterprises (1522.0)", enterprises)).containsExactly("1,522", "1522.0");
        assertThat(keys.stream().map(Sought::exercise).distinct().count()).isGreaterThanOrEqualTo(15);
    }

    @Test
    void noExerciseStatesAnotherExercisesComputedKey() {
        List<String> found = new ArrayList<>();
        for (Text t : texts) {
            List<String> own = set.variants(t.exercise()).stream().filter(v -> v.key() instanceof Key.Number)
                    .flatMap(v -> givenAway(t.text(), (Key.Number) v.key()).stream()).toList();
            for (Sought k : keys) {
                if (k.exercise().equals(t.exercise())) {
                    continue;
                }
                for (String hit : givenAway(t.text(), k.key())) {
                    if (!own.contains(hit)) {
                        found.add(t.exercise() + " (variant " + t.variant() + ", " + t.part() + ") prints \"" + hit
                                + "\", the key of " + k.exercise() + " (variant " + k.variant() + "): " + k.key().text());
                    }
                }
            }
        }
        assertThat(found).as(String.join("\n", found)).isEmpty();
    }
}
