package org.parkbench.exercises.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.model.ExerciseType;
import org.w3c.dom.Element;

/**
 * The {@code resprocessing} of a Canvas question, as Canvas writes it in its own exports, so that
 * its importer finds the key: the general feedback on any answer; for a choice, each choice's
 * feedback when it is chosen, then the right choice (or every right one and no wrong one) setting
 * SCORE to 100 with the correct feedback; for a number, the exact answer with its margin; for a
 * matching question, each right pair adding its share; an essay scores nothing. The incorrect
 * feedback comes last, on any answer that did not stop the processing.
 */
final class CanvasScoring {
    private CanvasScoring() {
    }

    /** Appends the scoring of {@code v} to {@code item}; the flags say which general feedbacks the item has. */
    static void append(Element item, ExerciseVariant v, List<CanvasAnswer> answers, boolean generalFeedback, boolean correctFeedback,
                       boolean incorrectFeedback) {
        Element processing = add(item, "resprocessing");
        Element decvar = add(add(processing, "outcomes"), "decvar");
        decvar.setAttribute("maxvalue", "100");
        decvar.setAttribute("minvalue", "0");
        decvar.setAttribute("varname", "SCORE");
        decvar.setAttribute("vartype", "Decimal");
        if (generalFeedback) {
            feedbackOnAnything(processing, "Yes", "general_fb");
        }
        switch (v.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choiceScoring(processing, v, answers, correctFeedback);
            case NUMERIC -> numericScoring(processing, (Key.Number) v.key(), correctFeedback);
            case CLASSIFY, ORDER -> matchingScoring(processing, answers);
            case SHORT_ANSWER -> feedbackOnAnything(processing, "No", null);
        }
        // Canvas shows a matching question's feedback through its own grading, and an essay has none
        boolean matching = v.type() == ExerciseType.CLASSIFY || v.type() == ExerciseType.ORDER;
        if (incorrectFeedback && !matching && v.type() != ExerciseType.SHORT_ANSWER) {
            feedbackOnAnything(processing, "Yes", "general_incorrect_fb");
        }
    }

    private static void choiceScoring(Element processing, ExerciseVariant v, List<CanvasAnswer> answers, boolean correctFeedback) {
        for (CanvasAnswer a : answers) {
            if (!a.feedback().isEmpty()) {
                Element condition = respcondition(processing, "Yes");
                varequal(add(condition, "conditionvar"), a.id());
                displayFeedback(condition, a.id() + "_fb");
            }
        }
        Element condition = respcondition(processing, "No");
        Element var = add(condition, "conditionvar");
        if (v.type() == ExerciseType.SINGLE_CHOICE) {
            varequal(var, answers.stream().filter(CanvasAnswer::right).findFirst().orElseThrow().id());
        } else {
            Element and = add(var, "and");
            for (CanvasAnswer a : answers) {
                varequal(a.right() ? and : add(and, "not"), a.id());
            }
        }
        setScore(condition, "Set", "100");
        if (correctFeedback) {
            displayFeedback(condition, "correct_fb");
        }
    }

    /**
     * The rounded key exactly, or anything from key − margin to key + margin, both included, as
     * Canvas writes an exact answer with a margin: the importer reads the exact answer from the
     * {@code varequal} and the margin as {@code varlte} − exact. The lower bound is {@code vargte}:
     * a strict {@code vargt} would make the importer take the pair for a precision answer.
     */
    private static void numericScoring(Element processing, Key.Number n, boolean correctFeedback) {
        BigDecimal key = n.key();
        BigDecimal margin = n.margin();
        Element condition = respcondition(processing, "No");
        Element or = add(add(condition, "conditionvar"), "or");
        varequal(or, key.toPlainString());
        Element and = add(or, "and");
        respident(add(and, "vargte"), key.subtract(margin).toPlainString());
        respident(add(and, "varlte"), key.add(margin).toPlainString());
        setScore(condition, "Set", "100");
        if (correctFeedback) {
            displayFeedback(condition, "correct_fb");
        }
    }

    /** Each pair adds its share of 100, as Canvas writes it; Canvas scores a matching question per pair itself. */
    private static void matchingScoring(Element processing, List<CanvasAnswer> answers) {
        String share = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(answers.size()), 2, RoundingMode.HALF_UP).toPlainString();
        for (CanvasAnswer a : answers) {
            Element condition = respcondition(processing, null);
            Element equal = add(add(condition, "conditionvar"), "varequal");
            equal.setAttribute("respident", CanvasItem.MATCHING + a.id());
            equal.setTextContent(a.match());
            setScore(condition, "Add", share);
        }
    }

    private static void feedbackOnAnything(Element processing, String proceed, String feedback) {
        Element condition = respcondition(processing, proceed);
        add(add(condition, "conditionvar"), "other");
        if (feedback != null) {
            displayFeedback(condition, feedback);
        }
    }

    private static Element respcondition(Element processing, String proceed) {
        Element c = add(processing, "respcondition");
        if (proceed != null) {
            c.setAttribute("continue", proceed);
        }
        return c;
    }

    private static void varequal(Element parent, String value) {
        respident(add(parent, "varequal"), value);
    }

    private static void respident(Element condition, String value) {
        condition.setAttribute("respident", CanvasItem.RESPONSE);
        condition.setTextContent(value);
    }

    private static void setScore(Element condition, String action, String value) {
        Element set = add(condition, "setvar");
        set.setAttribute("action", action);
        set.setAttribute("varname", "SCORE");
        set.setTextContent(value);
    }

    private static void displayFeedback(Element condition, String ident) {
        Element d = add(condition, "displayfeedback");
        d.setAttribute("feedbacktype", "Response");
        d.setAttribute("linkrefid", ident);
    }

    private static Element add(Element parent, String name) {
        return CanvasItem.add(parent, name);
    }
}
