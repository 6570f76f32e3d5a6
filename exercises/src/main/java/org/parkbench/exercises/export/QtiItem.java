package org.parkbench.exercises.export;

import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.model.ExerciseType;
import org.parkbench.markup.TrustedHtml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One variant of an exercise as a QTI 2.1 {@code assessmentItem}: choiceInteraction for single
 * and multiple choice (with per-choice modal feedback), textEntryInteraction with a float response
 * compared within a tolerance for numeric answers, matchInteraction (item → model) for classify,
 * orderInteraction for order, extendedTextInteraction for short answers (not scored; the model
 * answer and rubric appear as feedback once something is submitted). Every scored item scores
 * all or nothing, like the grader, and shows the worked solution with its feedback.
 */
final class QtiItem {
    static final String RESPONSE = "RESPONSE";
    private final ExportText texts;

    QtiItem(ExportText texts) {
        this.texts = texts;
    }

    /** The identifier of a variant's item, also its resource's identifier and its file name without {@code .xml}. */
    static String identifier(ExerciseVariant v) {
        return ExportIdentifier.of("item-", v);
    }

    /**
     * The one interaction an item of {@code type} holds, by its QTI element name: the item's body
     * and the manifest's {@code interactionType} metadata both take it from here.
     */
    static String interaction(ExerciseType type) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> "choiceInteraction";
            case NUMERIC -> "textEntryInteraction";
            case CLASSIFY -> "matchInteraction";
            case ORDER -> "orderInteraction";
            case SHORT_ANSWER -> "extendedTextInteraction";
        };
    }

    /** A choice, item, model or event of an item: {@code prefix} and the id the data gives it, within 32 characters. */
    private static String option(String prefix, String id) {
        return ExportIdentifier.of(prefix, id);
    }

    Document write(ExerciseVariant v) {
        Document doc = newDocument();
        Element item = doc.createElementNS(QtiMarkup.NS, "assessmentItem");
        doc.appendChild(item);
        QtiExporter.declareSchema(item, QtiMarkup.NS, "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd");
        item.setAttribute("identifier", identifier(v));
        ExportWords words = ExportWords.of(v.exercise());
        item.setAttribute("title", words.variant(v.title(), v));
        item.setAttribute("adaptive", "false");
        item.setAttribute("timeDependent", "false");
        Exercise exercise = v.exercise();
        Key key = v.key();
        ExerciseType type = v.type();
        boolean choiceFeedback = v.options().stream().anyMatch(o -> !o.feedback().isEmpty());

        Element response = add(item, "responseDeclaration");
        response.setAttribute("identifier", RESPONSE);
        switch (type) {
            case SINGLE_CHOICE -> declare(response, "single", "identifier", List.of(option("c-", only((Key.Choices) key))));
            case MULTIPLE_CHOICE -> declare(response, "multiple", "identifier",
                    ((Key.Choices) key).correct().stream().map(id -> option("c-", id)).toList());
            case NUMERIC -> declare(response, "single", "float", List.of(((Key.Number) key).key().toPlainString()));
            case CLASSIFY -> declare(response, "multiple", "directedPair", ((Key.Classification) key).models().entrySet().stream()
                    .map(e -> option("i-", e.getKey()) + " " + option("m-", e.getValue().word())).toList());
            case ORDER -> declare(response, "ordered", "identifier", ((Key.Sequence) key).order().stream().map(id -> option("e-", id)).toList());
            case SHORT_ANSWER -> declare(response, "single", "string", List.of());
        }
        // normalMaximum tells a platform what the score is out of: the exercise's points, as in the gradebook
        Element score = outcome(item, "SCORE", "single", "float", "0");
        score.setAttribute("normalMinimum", "0");
        score.setAttribute("normalMaximum", String.valueOf(v.exercise().points()));
        outcome(item, "MAXSCORE", "single", "float", String.valueOf(v.exercise().points()));
        outcome(item, "FEEDBACK", "single", "identifier", null);
        if (choiceFeedback) {
            outcome(item, "CHOICE_FEEDBACK", type == ExerciseType.MULTIPLE_CHOICE ? "multiple" : "single", "identifier", null);
        }

        Element body = add(item, "itemBody");
        Element question = add(body, "div");
        QtiMarkup.appendBlocks(question, texts.html(v.body(), exercise));
        interaction(body, v, words);

        Element processing = add(item, "responseProcessing");
        if (choiceFeedback) {
            setOutcome(processing, "CHOICE_FEEDBACK", variable(doc));
        }
        Element condition = add(processing, "responseCondition");
        Element ifPart = add(condition, "responseIf");
        if (type == ExerciseType.SHORT_ANSWER) {
            Element not = add(ifPart, "not");
            add(not, "isNull").appendChild(variable(doc));
            setOutcome(ifPart, "FEEDBACK", baseValue(doc, "identifier", "submitted"));
        } else {
            ifPart.appendChild(test(doc, v));
            setOutcome(ifPart, "SCORE", baseValue(doc, "float", String.valueOf(v.exercise().points())));
            setOutcome(ifPart, "FEEDBACK", baseValue(doc, "identifier", "correct"));
            setOutcome(add(condition, "responseElse"), "FEEDBACK", baseValue(doc, "identifier", "incorrect"));
        }

        String solution = v.solution();
        if (key instanceof Key.Manual m) {
            feedback(item, "FEEDBACK", "submitted", texts.html(words.graderNotes(m) + "\n" + solution, exercise));
        } else {
            feedback(item, "FEEDBACK", "correct", texts.html(v.feedbackCorrect() + "\n\n" + solution, exercise));
            feedback(item, "FEEDBACK", "incorrect", texts.html(v.feedbackIncorrect() + "\n\n" + solution, exercise));
        }
        for (ExerciseVariant.Option o : v.options()) {
            if (!o.feedback().isEmpty()) {
                feedback(item, "CHOICE_FEEDBACK", option("c-", o.id()), texts.html(o.feedback(), exercise));
            }
        }
        return doc;
    }

    private void interaction(Element body, ExerciseVariant v, ExportWords words) {
        switch (v.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                Element choice = add(body, interaction(v.type()));
                choice.setAttribute("responseIdentifier", RESPONSE);
                choice.setAttribute("shuffle", "false");
                choice.setAttribute("maxChoices", v.type() == ExerciseType.SINGLE_CHOICE ? "1" : "0");
                for (ExerciseVariant.Option o : v.options()) {
                    Element c = add(choice, "simpleChoice");
                    c.setAttribute("identifier", option("c-", o.id()));
                    c.setTextContent(o.label());
                }
            }
            case NUMERIC -> {
                Key.Number n = (Key.Number) v.key();
                Element p = add(body, "p");
                p.appendChild(p.getOwnerDocument().createTextNode(words.answer()));
                Element entry = add(p, interaction(v.type()));
                entry.setAttribute("responseIdentifier", RESPONSE);
                entry.setAttribute("expectedLength", "12");
                String note = words.numericNote(n);
                if (!note.isEmpty()) {
                    p.appendChild(p.getOwnerDocument().createTextNode(note));
                }
            }
            case CLASSIFY -> {
                Element match = add(body, interaction(v.type()));
                match.setAttribute("responseIdentifier", RESPONSE);
                match.setAttribute("shuffle", "false");
                match.setAttribute("maxAssociations", String.valueOf(v.options().size()));
                Element items = add(match, "simpleMatchSet");
                for (ExerciseVariant.Option o : v.options()) {
                    associable(items, option("i-", o.id()), o.label(), 1);
                }
                Element models = add(match, "simpleMatchSet");
                for (String word : v.categories()) {
                    // the model's name in the language of the exercise's texts, as the site names it
                    associable(models, option("m-", word), org.parkbench.core.model.Vocabulary.lookup(
                            org.parkbench.core.model.DevelopmentModel.class, word).orElseThrow().label(v.exercise().header().language()),
                            v.options().size());
                }
            }
            case ORDER -> {
                Element order = add(body, interaction(v.type()));
                order.setAttribute("responseIdentifier", RESPONSE);
                order.setAttribute("shuffle", "false");
                for (ExerciseVariant.Option o : v.options()) {
                    Element c = add(order, "simpleChoice");
                    c.setAttribute("identifier", option("e-", o.id()));
                    c.setTextContent(o.label());
                }
            }
            case SHORT_ANSWER -> {
                Element text = add(body, interaction(v.type()));
                text.setAttribute("responseIdentifier", RESPONSE);
                text.setAttribute("expectedLines", "8");
            }
        }
    }

    private Element test(Document doc, ExerciseVariant v) {
        if (v.key() instanceof Key.Number n) {
            Element equal = doc.createElementNS(QtiMarkup.NS, "equal");
            equal.setAttribute("toleranceMode", "absolute");
            equal.setAttribute("tolerance", n.margin().toPlainString());
            equal.appendChild(variable(doc));
            equal.appendChild(correct(doc));
            return equal;
        }
        Element match = doc.createElementNS(QtiMarkup.NS, "match");
        match.appendChild(variable(doc));
        match.appendChild(correct(doc));
        return match;
    }

    private static String only(Key.Choices key) {
        return key.correct().iterator().next();
    }

    private static void associable(Element set, String id, String label, int matchMax) {
        Element c = add(set, "simpleAssociableChoice");
        c.setAttribute("identifier", id);
        c.setAttribute("matchMax", String.valueOf(matchMax));
        c.setTextContent(label);
    }

    private static void declare(Element response, String cardinality, String baseType, List<String> correct) {
        response.setAttribute("cardinality", cardinality);
        response.setAttribute("baseType", baseType);
        if (!correct.isEmpty()) {
            Element c = add(response, "correctResponse");
            correct.forEach(value -> add(c, "value").setTextContent(value));
        }
    }

    private static Element outcome(Element item, String id, String cardinality, String baseType, String defaultValue) {
        Element o = add(item, "outcomeDeclaration");
        o.setAttribute("identifier", id);
        o.setAttribute("cardinality", cardinality);
        o.setAttribute("baseType", baseType);
        if (defaultValue != null) {
            add(add(o, "defaultValue"), "value").setTextContent(defaultValue);
        }
        return o;
    }

    private static void setOutcome(Element parent, String id, Element value) {
        Element set = add(parent, "setOutcomeValue");
        set.setAttribute("identifier", id);
        set.appendChild(value);
    }

    private static void feedback(Element item, String outcome, String id, TrustedHtml html) {
        Element f = add(item, "modalFeedback");
        f.setAttribute("outcomeIdentifier", outcome);
        f.setAttribute("showHide", "show");
        f.setAttribute("identifier", id);
        QtiMarkup.appendBlocks(f, html);
    }

    private static Element variable(Document doc) {
        Element e = doc.createElementNS(QtiMarkup.NS, "variable");
        e.setAttribute("identifier", RESPONSE);
        return e;
    }

    private static Element correct(Document doc) {
        Element e = doc.createElementNS(QtiMarkup.NS, "correct");
        e.setAttribute("identifier", RESPONSE);
        return e;
    }

    private static Element baseValue(Document doc, String baseType, String value) {
        Element e = doc.createElementNS(QtiMarkup.NS, "baseValue");
        e.setAttribute("baseType", baseType);
        e.setTextContent(value);
        return e;
    }

    static Element add(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElementNS(QtiMarkup.NS, name);
        parent.appendChild(e);
        return e;
    }

    static Document newDocument() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
