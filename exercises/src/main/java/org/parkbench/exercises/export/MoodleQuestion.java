package org.parkbench.exercises.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Vocabulary;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.ExerciseWords;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.model.RubricCriterion;
import org.parkbench.markup.TrustedHtml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One variant of an exercise as a Moodle XML {@code <question>}, with the elements and values
 * Moodle's qformat_xml (and, for ordering, qtype_ordering's {@code import_from_xml}) reads:
 * single and multiple choice as {@code multichoice}, numeric as {@code numerical} (the rounded
 * key with the margin as its tolerance, then a catch-all {@code *} answer carrying the
 * wrong-answer feedback, the unit optional), classify as {@code matching} (item → model, the
 * models no item has offered as extra answers), order as {@code ordering} scored all or nothing
 * like the grader, short answer as an {@code essay} with the model answer and rubric for graders.
 * Every question carries its hints, a penalty per wrong try of a third (Moodle's default, for the
 * interactive behaviour), its points as its default mark and the worked solution as general
 * feedback. Texts are HTML from {@link ExportText}; the DOM's serialiser escapes them.
 */
final class MoodleQuestion {
    /** A third of the mark per wrong try, written as Moodle writes it. */
    static final String PENALTY = "0.3333333";
    private final ExportText texts;

    MoodleQuestion(ExportText texts) {
        this.texts = texts;
    }

    Element write(Document doc, ExerciseVariant v) {
        Element q = doc.createElement("question");
        Exercise exercise = v.exercise();
        int count = v.exercise().variantCount();
        q.setAttribute("type", type(v));
        // Moodle strips tags from a name on import and shows it as HTML: escaped, it reads as the title does on the site
        text(add(q, "name"), TrustedHtml.escape(v.title() + (count > 1 ? " (" + (v.index() + 1) + "/" + count + ")" : "")));
        html(q, "questiontext", "<p><strong>" + TrustedHtml.escape(v.title()) + "</strong></p>" + markdown(v.body(), exercise));
        html(q, "generalfeedback", markdown(v.solution(), exercise));
        add(q, "defaultgrade").setTextContent(String.valueOf(v.exercise().points()));
        add(q, "penalty").setTextContent(v.key() instanceof Key.Manual ? "0" : PENALTY);
        add(q, "hidden").setTextContent("0");
        add(q, "idnumber").setTextContent(ExportIdentifier.of("", v));
        Key key = v.key();
        if (key instanceof Key.Choices choices) {
            choices(q, v, choices);
        } else if (key instanceof Key.Number number) {
            numerical(q, v, number);
        } else if (key instanceof Key.Classification classification) {
            matching(q, v, classification);
        } else if (key instanceof Key.Sequence sequence) {
            ordering(q, v, sequence);
        } else if (key instanceof Key.Manual manual) {
            essay(q, v, manual);
        }
        for (String hint : v.hints()) {
            html(q, "hint", markdown(hint, exercise));
        }
        return q;
    }

    private static String type(ExerciseVariant v) {
        return switch (v.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> "multichoice";
            case NUMERIC -> "numerical";
            case CLASSIFY -> "matching";
            case ORDER -> "ordering";
            case SHORT_ANSWER -> "essay";
        };
    }

    private void choices(Element q, ExerciseVariant v, Key.Choices key) {
        boolean single = v.type() == org.parkbench.exercises.model.ExerciseType.SINGLE_CHOICE;
        add(q, "single").setTextContent(String.valueOf(single));
        add(q, "shuffleanswers").setTextContent("true");
        add(q, "answernumbering").setTextContent("abc");
        add(q, "showstandardinstruction").setTextContent("1");
        combinedFeedback(q, v);
        add(q, "shownumcorrect");
        List<String> shares = MoodleGrade.shares(key.correct().size());
        int share = 0;
        for (ExerciseVariant.Option o : v.options()) {
            boolean right = key.correct().contains(o.id());
            String fraction = single ? (right ? MoodleGrade.FULL : MoodleGrade.NONE)
                    : right ? shares.get(share++) : MoodleGrade.WRONG_CHOICE;
            Element answer = answer(q, fraction, TrustedHtml.escape(o.label()));
            html(answer, "feedback", markdown(o.feedback(), v.exercise()));
        }
    }

    private void numerical(Element q, ExerciseVariant v, Key.Number key) {
        Exercise exercise = v.exercise();
        Element right = plainAnswer(q, MoodleGrade.FULL, key.key().toPlainString());
        add(right, "tolerance").setTextContent(key.margin().toPlainString());
        html(right, "feedback", markdown(v.feedbackCorrect(), exercise));
        // Moodle takes the first answer whose interval holds the response, so the catch-all comes last
        Element wrong = plainAnswer(q, MoodleGrade.NONE, "*");
        add(wrong, "tolerance").setTextContent("0");
        html(wrong, "feedback", markdown(v.feedbackIncorrect(), exercise));
        if (!key.unit().isBlank()) {
            Element unit = add(add(q, "units"), "unit");
            add(unit, "multiplier").setTextContent("1");
            add(unit, "unit_name").setTextContent(key.unit());
        }
        // unit optional and ungraded: typed or not, the number alone decides (showunits 0 is a text
        // box that accepts a unit after the number; unitgradingtype 0 takes nothing off without one)
        add(q, "unitgradingtype").setTextContent("0");
        add(q, "unitpenalty").setTextContent("0");
        add(q, "showunits").setTextContent(key.unit().isBlank() ? "3" : "0");
        add(q, "unitsleft").setTextContent("0");
    }

    private void matching(Element q, ExerciseVariant v, Key.Classification key) {
        Language language = v.exercise().header().language();
        add(q, "shuffleanswers").setTextContent("true");
        combinedFeedback(q, v);
        add(q, "shownumcorrect");
        Set<String> offered = new LinkedHashSet<>();
        for (ExerciseVariant.Option o : v.options()) {
            DevelopmentModel model = key.models().get(o.id());
            Element sub = add(q, "subquestion");
            sub.setAttribute("format", "html");
            text(sub, TrustedHtml.escape(o.label()));
            text(add(sub, "answer"), model.label(language));
            offered.add(model.word());
        }
        // a subquestion without a text is how Moodle offers an extra, wrong answer in every drop-down
        for (String word : v.categories()) {
            if (offered.add(word)) {
                Element sub = add(q, "subquestion");
                sub.setAttribute("format", "html");
                text(sub, "");
                text(add(sub, "answer"), Vocabulary.lookup(DevelopmentModel.class, word).orElseThrow().label(language));
            }
        }
    }

    private void ordering(Element q, ExerciseVariant v, Key.Sequence key) {
        add(q, "layouttype").setTextContent("VERTICAL");
        add(q, "selecttype").setTextContent("ALL");
        add(q, "selectcount").setTextContent(String.valueOf(key.order().size()));
        add(q, "gradingtype").setTextContent("ALL_OR_NOTHING");
        add(q, "showgrading").setTextContent("SHOW");
        add(q, "numberingstyle").setTextContent("none");
        combinedFeedback(q, v);
        // the answers in the right order; qtype_ordering numbers them itself and shows them shuffled
        int position = 1;
        for (String id : key.order()) {
            ExerciseVariant.Option o = v.options().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            answer(q, String.valueOf(position++), TrustedHtml.escape(o.label()));
        }
    }

    private void essay(Element q, ExerciseVariant v, Key.Manual key) {
        ExerciseWords words = ExerciseWords.of(v.exercise().header().language());
        add(q, "responseformat").setTextContent("editor");
        add(q, "responserequired").setTextContent("1");
        add(q, "responsefieldlines").setTextContent("15");
        add(q, "attachments").setTextContent("0");
        add(q, "attachmentsrequired").setTextContent("0");
        StringBuilder info = new StringBuilder();
        info.append("**").append(words.text("moodle.grader.model")).append("**\n\n").append(key.modelAnswer()).append("\n\n");
        if (!key.rubric().isEmpty()) {
            info.append("**").append(words.text("moodle.grader.rubric")).append("**\n\n");
            for (RubricCriterion r : key.rubric()) {
                info.append("- ").append(ExportWords.of(v.exercise()).criterion(r)).append('\n');
            }
        }
        html(q, "graderinfo", markdown(info.toString(), v.exercise()));
        html(q, "responsetemplate", "");
    }

    /** Moodle's overall feedback of a question with parts: right, partly right (the exercise's "incorrect"), wrong. */
    private void combinedFeedback(Element q, ExerciseVariant v) {
        Exercise exercise = v.exercise();
        html(q, "correctfeedback", markdown(v.feedbackCorrect(), exercise));
        html(q, "partiallycorrectfeedback", markdown(v.feedbackIncorrect(), exercise));
        html(q, "incorrectfeedback", markdown(v.feedbackIncorrect(), exercise));
    }

    private static Element answer(Element q, String fraction, String html) {
        Element a = add(q, "answer");
        a.setAttribute("fraction", fraction);
        a.setAttribute("format", "html");
        text(a, html);
        return a;
    }

    private static Element plainAnswer(Element q, String fraction, String text) {
        Element a = add(q, "answer");
        a.setAttribute("fraction", fraction);
        a.setAttribute("format", "moodle_auto_format");
        text(a, text);
        return a;
    }

    private String markdown(String markdown, Exercise exercise) {
        return texts.html(markdown, exercise).html().strip();
    }

    /** {@code <name format="html"><text>html</text></name>}: the serialiser escapes the markup. */
    private static void html(Element parent, String name, String html) {
        Element e = add(parent, name);
        e.setAttribute("format", "html");
        text(e, html);
    }

    private static void text(Element parent, String value) {
        add(parent, "text").setTextContent(value);
    }

    static Element add(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElement(name);
        parent.appendChild(e);
        return e;
    }
}
