package org.parkbench.exercises.export;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.model.Exercise;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every exercise as a Moodle XML file ({@code <quiz>}), for Question bank → Import → Moodle XML
 * format (Moodle 4.4 or later, where the ordering question is part of Moodle). Each case is a
 * category of the course's bank ({@link MoodleCategory}) holding its exercises without variants, in
 * the case's learning order; an exercise with variants has a category of its own inside the
 * case's, one question per variant, so that a quiz's "random question" from it draws one variant.
 * Questions are written by {@link MoodleQuestion}. The file is the JDK DOM serialised, the same
 * bytes for the same course and language.
 */
public final class MoodleXmlExporter {
    private final ExerciseSet exercises;
    private final MoodleQuestion questions;

    public MoodleXmlExporter(ExerciseSet exercises) {
        this.exercises = exercises;
        this.questions = new MoodleQuestion(new ExportText(exercises.casebook()));
    }

    /** The whole file, UTF-8. */
    public byte[] export() {
        Document doc = QtiItem.newDocument();
        Element quiz = doc.createElement("quiz");
        doc.appendChild(quiz);
        Set<String> caseNames = new HashSet<>();
        for (Map.Entry<String, List<Exercise>> c : exercises.byCase().entrySet()) {
            if (c.getValue().isEmpty()) {
                continue;
            }
            String caseId = c.getKey();
            String caseTitle = unique(exercises.casebook().caseStudy(caseId).map(CaseStudy::meta).map(m -> m.title()).orElse(caseId),
                    caseId, caseNames);
            MoodleCategory caseCategory = MoodleCategory.of(caseId, caseTitle);
            MoodleCategory current = null;
            Set<String> exerciseNames = new HashSet<>();
            for (Exercise e : c.getValue()) {
                List<ExerciseVariant> variants = exercises.variants(e.id());
                MoodleCategory wanted = variants.size() > 1
                        ? MoodleCategory.of(caseId, caseTitle, e.id(), unique(withoutPlaceholders(e.header().title()), e.id(), exerciseNames))
                        : caseCategory;
                if (!Objects.equals(wanted, current)) {
                    category(quiz, wanted);
                    current = wanted;
                }
                variants.forEach(v -> quiz.appendChild(questions.write(doc, v)));
            }
        }
        return QtiExporter.serialise(doc);
    }

    private static void category(Element quiz, MoodleCategory category) {
        Element q = MoodleQuestion.add(quiz, "question");
        q.setAttribute("type", "category");
        MoodleQuestion.add(MoodleQuestion.add(q, "category"), "text").setTextContent(category.path());
        Element info = MoodleQuestion.add(q, "info");
        info.setAttribute("format", "plain_text");
        MoodleQuestion.add(info, "text").setTextContent(category.info());
    }

    /** An exercise's title as a category name: a placeholder differs per variant, so it reads "…". */
    static String withoutPlaceholders(String title) {
        return title.replaceAll("\\{\\{\\s*[A-Za-z0-9_-]+\\s*}}", "…");
    }

    /** Two categories of one name would be one category in Moodle, pooling both: the second gets its id. */
    private static String unique(String name, String id, Set<String> taken) {
        String n = name.isBlank() ? id : name.strip();
        if (!taken.add(n)) {
            n = n + " (" + id + ")";
            taken.add(n);
        }
        return n;
    }
}
