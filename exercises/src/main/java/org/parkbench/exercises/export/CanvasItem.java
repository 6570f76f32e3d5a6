package org.parkbench.exercises.export;

import java.util.ArrayList;
import java.util.List;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Vocabulary;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.model.ExerciseType;
import org.parkbench.markup.TrustedHtml;
import org.w3c.dom.Element;

/**
 * One variant of an exercise as an {@code <item>} of Canvas's QTI 1.2 dialect, the one Canvas
 * writes in its own quiz exports and reads back ({@code question_type}, {@code points_possible},
 * {@code original_answer_ids} and {@code assessment_question_identifierref} in the item's
 * metadata): single choice as {@code multiple_choice_question}, multiple choice as
 * {@code multiple_answers_question} (every right choice and no wrong one), numeric as
 * {@code numerical_question} with the rounded key as the exact answer and the margin as Canvas's
 * bounds ({@code <varequal>} or {@code <vargte>}/{@code <varlte>}, which the importer turns into
 * "exact answer with margin"), classify as {@code matching_question} (item → model), order as a
 * {@code matching_question} of positions ("1st", "2nd"…, from the exercises' bundle) to events,
 * with a note in the question saying so, and short answer as {@code essay_question}. Each choice
 * keeps its feedback; the worked solution is the general feedback, the exercise's feedback the
 * correct and incorrect ones. Texts are the site's sanitised HTML in {@code mattext
 * texttype="text/html"}, labels plain text, all escaped by the DOM serialiser.
 */
final class CanvasItem {
    static final String NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2";
    static final String RESPONSE = "response1";
    /** What Canvas puts before an answer's id for the response of a matching question's left side. */
    static final String MATCHING = "response_";

    private final ExportText texts;

    CanvasItem(ExportText texts) {
        this.texts = texts;
    }

    /** The item's identifier: {@code item-<exercise>}, with {@code -v<index>} for an exercise that has variants. */
    static String identifier(ExerciseVariant v) {
        return ExportIdentifier.of("item-", v);
    }

    /** Canvas's question type for an exercise type. */
    static String questionType(ExerciseType type) {
        return switch (type) {
            case SINGLE_CHOICE -> "multiple_choice_question";
            case MULTIPLE_CHOICE -> "multiple_answers_question";
            case NUMERIC -> "numerical_question";
            case CLASSIFY, ORDER -> "matching_question";
            case SHORT_ANSWER -> "essay_question";
        };
    }

    /** Appends the variant's item to {@code parent} (a section of an assessment). */
    void append(Element parent, ExerciseVariant v) {
        ExportWords words = ExportWords.of(v.exercise());
        Element item = add(parent, "item");
        item.setAttribute("ident", identifier(v));
        item.setAttribute("title", words.variant(v.title(), v));

        List<Match> matches = v.type() == ExerciseType.CLASSIFY || v.type() == ExerciseType.ORDER ? matches(v) : List.of();
        List<CanvasAnswer> answers = answers(v, words, matches);
        Element metadata = add(add(item, "itemmetadata"), "qtimetadata");
        field(metadata, "question_type", questionType(v.type()));
        field(metadata, "points_possible", String.valueOf(v.exercise().points()));
        field(metadata, "original_answer_ids", String.join(",", answers.stream().map(CanvasAnswer::id).toList()));
        field(metadata, "assessment_question_identifierref", ExportIdentifier.of("question-", v));

        Element presentation = add(item, "presentation");
        String question = texts.html(v.body(), v.exercise()).html();
        if (v.type() == ExerciseType.ORDER) {
            // Canvas has no ordering question in classic quizzes: the positions are matched to the events instead.
            question = "<p>" + TrustedHtml.escape(words.orderNote()) + "</p>\n" + question;
        }
        html(add(presentation, "material"), "<div>" + question + "</div>");
        switch (v.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choices(presentation, v, answers);
            case NUMERIC -> textEntry(presentation, "Decimal");
            case CLASSIFY, ORDER -> matching(presentation, answers, matches);
            case SHORT_ANSWER -> textEntry(presentation, null);
        }

        Feedbacks feedbacks = feedbacks(v, words);
        CanvasScoring.append(item, v, answers, !feedbacks.general().isEmpty(), !feedbacks.correct().isEmpty(),
                !feedbacks.incorrect().isEmpty());

        feedback(item, "general_fb", feedbacks.general());
        feedback(item, "correct_fb", feedbacks.correct());
        feedback(item, "general_incorrect_fb", feedbacks.incorrect());
        for (CanvasAnswer a : answers) {
            if (!a.feedback().isEmpty()) {
                feedback(item, a.id() + "_fb", texts.html(a.feedback(), v.exercise()));
            }
        }
    }

    /**
     * A right side of a matching question: its ident (numbered from 1 in the order offered), what
     * it stands for (a model's word, an event's id) and its label.
     */
    private record Match(String id, String of, String label) {
    }

    private static List<CanvasAnswer> answers(ExerciseVariant v, ExportWords words, List<Match> matches) {
        List<CanvasAnswer> answers = new ArrayList<>();
        if (v.key() instanceof Key.Choices c) {
            v.options().forEach(o -> answers.add(new CanvasAnswer(ExportIdentifier.of("c-", o.id()), o.label(), c.correct().contains(o.id()),
                    null, o.feedback())));
        } else if (v.key() instanceof Key.Classification c) {
            for (ExerciseVariant.Option o : v.options()) {
                DevelopmentModel model = c.models().get(o.id());
                // the ident of the left side's response is "response_" + the answer's id, within the 32 characters
                String id = ExportIdentifier.of(MATCHING + "i-", o.id()).substring(MATCHING.length());
                answers.add(new CanvasAnswer(id, o.label(), true,
                        matchOf(matches, model.word()), ""));
            }
        } else if (v.key() instanceof Key.Sequence s) {
            for (int i = 0; i < s.order().size(); i++) {
                answers.add(new CanvasAnswer("p" + (i + 1), words.position(i + 1), true, matchOf(matches, s.order().get(i)), ""));
            }
        }
        return answers;
    }

    /** Classify: the categories, by their names in the exercise's language; order: the events, as offered. */
    private static List<Match> matches(ExerciseVariant v) {
        List<Match> matches = new ArrayList<>();
        // Canvas's importer takes a match's id from the first digits of its ident, so the idents are plain numbers.
        if (v.type() == ExerciseType.CLASSIFY) {
            for (String word : v.categories()) {
                String label = Vocabulary.lookup(DevelopmentModel.class, word).orElseThrow().label(v.exercise().header().language());
                matches.add(new Match(String.valueOf(matches.size() + 1), word, label));
            }
        } else {
            v.options().forEach(o -> matches.add(new Match(String.valueOf(matches.size() + 1), o.id(), o.label())));
        }
        return matches;
    }

    private static String matchOf(List<Match> matches, String of) {
        return matches.stream().filter(m -> m.of().equals(of)).findFirst().orElseThrow().id();
    }

    private static void choices(Element presentation, ExerciseVariant v, List<CanvasAnswer> answers) {
        Element lid = add(presentation, "response_lid");
        lid.setAttribute("ident", RESPONSE);
        lid.setAttribute("rcardinality", v.type() == ExerciseType.MULTIPLE_CHOICE ? "Multiple" : "Single");
        Element render = add(lid, "render_choice");
        for (CanvasAnswer a : answers) {
            Element label = add(render, "response_label");
            label.setAttribute("ident", a.id());
            plain(add(label, "material"), a.label());
        }
    }

    /** Each left side with every right side to choose from, as Canvas writes a matching question. */
    private static void matching(Element presentation, List<CanvasAnswer> answers, List<Match> matches) {
        for (CanvasAnswer a : answers) {
            Element lid = add(presentation, "response_lid");
            lid.setAttribute("ident", MATCHING + a.id());
            plain(add(lid, "material"), a.label());
            Element render = add(lid, "render_choice");
            for (Match m : matches) {
                Element label = add(render, "response_label");
                label.setAttribute("ident", m.id());
                plain(add(label, "material"), m.label());
            }
        }
    }

    private static void textEntry(Element presentation, String fibType) {
        Element str = add(presentation, "response_str");
        str.setAttribute("ident", RESPONSE);
        str.setAttribute("rcardinality", "Single");
        Element fib = add(str, "render_fib");
        if (fibType != null) {
            fib.setAttribute("fibtype", fibType);
        }
        Element label = add(fib, "response_label");
        label.setAttribute("ident", "answer1");
        if (fibType == null) {
            label.setAttribute("rshuffle", "No");
        }
    }

    /** The general, correct and incorrect feedback, as sanitised HTML (empty when there is none). */
    private record Feedbacks(TrustedHtml general, TrustedHtml correct, TrustedHtml incorrect) {
    }

    private Feedbacks feedbacks(ExerciseVariant v, ExportWords words) {
        if (v.key() instanceof Key.Manual m) {
            return new Feedbacks(texts.html(words.graderNotes(m) + "\n" + v.solution(), v.exercise()), TrustedHtml.EMPTY, TrustedHtml.EMPTY);
        }
        return new Feedbacks(texts.html(v.solution(), v.exercise()), texts.html(v.feedbackCorrect(), v.exercise()),
                texts.html(v.feedbackIncorrect(), v.exercise()));
    }

    private static void feedback(Element item, String ident, TrustedHtml html) {
        if (html.isEmpty()) {
            return;
        }
        Element f = add(item, "itemfeedback");
        f.setAttribute("ident", ident);
        html(add(add(f, "flow_mat"), "material"), html.html());
    }

    static void field(Element metadata, String label, String entry) {
        Element f = add(metadata, "qtimetadatafield");
        add(f, "fieldlabel").setTextContent(label);
        add(f, "fieldentry").setTextContent(entry);
    }

    private static void html(Element material, String html) {
        Element text = add(material, "mattext");
        text.setAttribute("texttype", "text/html");
        text.setTextContent(html);
    }

    private static void plain(Element material, String text) {
        Element t = add(material, "mattext");
        t.setAttribute("texttype", "text/plain");
        t.setTextContent(text);
    }

    static Element add(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElementNS(NS, name);
        parent.appendChild(e);
        return e;
    }
}
