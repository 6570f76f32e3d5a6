package org.parkbench.exercises.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.variant.Placeholders;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One case's exercises as a QTI 2.1 {@code assessmentTest}: one test part, a section per exercise
 * that selects one of its variants' items at random (the pool), and outcome processing that adds up
 * the items' {@code SCORE} and {@code MAXSCORE}, so the test's score is the points earned out of the
 * points of the items drawn. A section's title is what every variant's title shares: a parameter
 * all variants fill alike is filled in, one they fill differently becomes "…", so that no
 * placeholder reaches a platform.
 */
final class QtiAssessment {
    /** What a section title shows where the variants of its exercise differ. */
    static final String DIFFERS = "…";

    private QtiAssessment() {
    }

    /** The test's identifier, also its resource's identifier in the manifest. */
    static String identifier(String caseId) {
        return ExportIdentifier.of("test-", caseId);
    }

    /** The test's file in the package. */
    static String href(String caseId) {
        return "tests/" + ExportIdentifier.of("", caseId) + ".xml";
    }

    /** The test of {@code caseId}, titled {@code title}, with a section per exercise holding its variants. */
    static Document write(String caseId, String title, Map<Exercise, List<ExerciseVariant>> exercises) {
        Document doc = QtiItem.newDocument();
        Element test = doc.createElementNS(QtiMarkup.NS, "assessmentTest");
        doc.appendChild(test);
        QtiExporter.declareSchema(test, QtiMarkup.NS, "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd");
        test.setAttribute("identifier", identifier(caseId));
        test.setAttribute("title", title);
        declareTotal(test, "SCORE");
        declareTotal(test, "MAXSCORE");
        Element part = QtiItem.add(test, "testPart");
        part.setAttribute("identifier", ExportIdentifier.of("part-", caseId));
        part.setAttribute("navigationMode", "nonlinear");
        part.setAttribute("submissionMode", "individual");
        exercises.forEach((exercise, variants) -> {
            Element section = QtiItem.add(part, "assessmentSection");
            section.setAttribute("identifier", ExportIdentifier.of("section-", exercise.id()));
            section.setAttribute("title", sectionTitle(exercise, variants));
            section.setAttribute("visible", "true");
            Element selection = QtiItem.add(section, "selection");
            selection.setAttribute("select", "1");
            for (ExerciseVariant v : variants) {
                Element ref = QtiItem.add(section, "assessmentItemRef");
                ref.setAttribute("identifier", ExportIdentifier.of("ref-", v));
                ref.setAttribute("href", "../items/" + QtiItem.identifier(v) + ".xml");
            }
        });
        Element processing = QtiItem.add(test, "outcomeProcessing");
        sum(processing, "SCORE");
        sum(processing, "MAXSCORE");
        return doc;
    }

    /**
     * The exercise's title with each parameter filled in where all {@code variants} give it the same
     * value, and {@value #DIFFERS} where they differ; the one variant's title when there is one.
     */
    static String sectionTitle(Exercise exercise, List<ExerciseVariant> variants) {
        if (variants.size() == 1) {
            return variants.get(0).title();
        }
        String template = exercise.header().title();
        Map<String, String> shared = new LinkedHashMap<>();
        for (String name : Placeholders.textNames(template)) {
            String first = variants.get(0).params().get(name);
            boolean same = first != null && variants.stream().allMatch(v -> Objects.equals(first, v.params().get(name)));
            shared.put(name, same ? first : DIFFERS);
        }
        return Placeholders.fillText(template, shared);
    }

    private static void declareTotal(Element test, String identifier) {
        Element o = QtiItem.add(test, "outcomeDeclaration");
        o.setAttribute("identifier", identifier);
        o.setAttribute("cardinality", "single");
        o.setAttribute("baseType", "float");
        QtiItem.add(QtiItem.add(o, "defaultValue"), "value").setTextContent("0");
    }

    /** {@code identifier} := the sum of the same outcome over the items the candidate was given. */
    private static void sum(Element processing, String identifier) {
        Element set = QtiItem.add(processing, "setOutcomeValue");
        set.setAttribute("identifier", identifier);
        Element variables = QtiItem.add(QtiItem.add(set, "sum"), "testVariables");
        variables.setAttribute("variableIdentifier", identifier);
    }
}
