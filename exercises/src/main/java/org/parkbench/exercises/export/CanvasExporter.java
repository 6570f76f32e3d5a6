package org.parkbench.exercises.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.variant.Placeholders;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every exercise as a QTI 1.2 package in the dialect Canvas writes when it exports quizzes and
 * reads under Settings → Import Course Content → QTI .zip file: {@code imsmanifest.xml}, and per
 * case one quiz ({@code <case-quiz>/<case-quiz>.xml}, a {@code questestinterop} holding one
 * {@code assessment}) with Canvas's quiz settings beside it ({@code assessment_meta.xml}: a graded
 * quiz, unlimited attempts). An exercise is one question ({@link CanvasItem}); an exercise with
 * variants is a question group ({@code section} with {@code selection_number} 1 and
 * {@code points_per_item} the exercise's points) holding one question per variant, so that
 * Canvas draws one. Identifiers are {@link ExportIdentifier}s; the zip is deterministic.
 */
public final class CanvasExporter {
    static final String CP = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1";
    static final String CANVAS = "http://canvas.instructure.com/xsd/cccv1p0";
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    /** Canvas's resource types: the QTI 1.2 assessment, and the Canvas settings it depends on. */
    private static final String QTI_TYPE = "imsqti_xmlv1p2";
    private static final String META_TYPE = "associatedcontent/imscc_xmlv1p1/learning-application-resource";

    private final ExerciseSet exercises;
    private final CanvasItem items;

    public CanvasExporter(ExerciseSet exercises) {
        this.exercises = exercises;
        this.items = new CanvasItem(new ExportText(exercises.casebook()));
    }

    /** The package's files by path, the manifest first. */
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        PackageManifest manifest = new PackageManifest(CP, CP + " http://www.imsglobal.org/xsd/imscp_v1p1.xsd", "parkbench-canvas",
                "IMS Content", "1.1.3");
        for (Map.Entry<String, List<Exercise>> c : exercises.byCase().entrySet()) {
            if (c.getValue().isEmpty()) {
                continue;
            }
            String quiz = ExportIdentifier.of("quiz-", c.getKey());
            String meta = ExportIdentifier.of("quiz-meta-", c.getKey());
            String qtiHref = quiz + "/" + quiz + ".xml";
            String metaHref = quiz + "/assessment_meta.xml";
            files.put(qtiHref, QtiExporter.serialise(assessment(quiz, c.getKey(), c.getValue())));
            files.put(metaHref, QtiExporter.serialise(settings(quiz, c.getKey(), c.getValue())));

            manifest.resource(quiz, QTI_TYPE, null, qtiHref, List.of(meta));
            manifest.resource(meta, META_TYPE, metaHref, metaHref, List.of());
        }
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("imsmanifest.xml", manifest.bytes());
        all.putAll(files);
        return all;
    }

    /** The package as a zip archive. */
    public byte[] zip() {
        DeterministicZip zip = new DeterministicZip();
        files().forEach(zip::add);
        return zip.bytes();
    }

    private Document assessment(String quiz, String caseId, List<Exercise> caseExercises) {
        Document doc = QtiItem.newDocument();
        Element root = doc.createElementNS(CanvasItem.NS, "questestinterop");
        doc.appendChild(root);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", CanvasItem.NS);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsi", XSI);
        root.setAttributeNS(XSI, "xsi:schemaLocation", CanvasItem.NS + " http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd");
        Element assessment = CanvasItem.add(root, "assessment");
        assessment.setAttribute("ident", quiz);
        assessment.setAttribute("title", title(caseId));
        CanvasItem.field(CanvasItem.add(assessment, "qtimetadata"), "cc_maxattempts", "unlimited");
        Element section = CanvasItem.add(assessment, "section");
        section.setAttribute("ident", "root_section");
        for (Exercise e : caseExercises) {
            List<ExerciseVariant> variants = exercises.variants(e.id());
            if (variants.size() == 1) {
                items.append(section, variants.get(0));
                continue;
            }
            Element group = CanvasItem.add(section, "section");
            group.setAttribute("ident", ExportIdentifier.of("group-", e.id()));
            group.setAttribute("title", groupTitle(e));
            Element selection = CanvasItem.add(CanvasItem.add(group, "selection_ordering"), "selection");
            CanvasItem.add(selection, "selection_number").setTextContent("1");
            CanvasItem.add(CanvasItem.add(selection, "selection_extension"), "points_per_item")
                    .setTextContent(String.valueOf(e.points()));
            variants.forEach(v -> items.append(group, v));
        }
        return doc;
    }

    /** Canvas's own settings of the quiz: a graded quiz worth the case's points, unlimited attempts, answers in the order written. */
    private Document settings(String quiz, String caseId, List<Exercise> caseExercises) {
        Document doc = QtiItem.newDocument();
        Element root = doc.createElementNS(CANVAS, "quiz");
        doc.appendChild(root);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", CANVAS);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsi", XSI);
        root.setAttributeNS(XSI, "xsi:schemaLocation", CANVAS + " https://canvas.instructure.com/xsd/cccv1p0.xsd");
        root.setAttribute("identifier", quiz);
        canvas(root, "title", title(caseId));
        canvas(root, "shuffle_answers", "false");
        canvas(root, "scoring_policy", "keep_highest");
        canvas(root, "quiz_type", "assignment");
        canvas(root, "points_possible", String.valueOf(caseExercises.stream().mapToInt(Exercise::points).sum()));
        canvas(root, "allowed_attempts", "-1");
        canvas(root, "one_question_at_a_time", "false");
        canvas(root, "cant_go_back", "false");
        canvas(root, "available", "false");
        return doc;
    }

    /**
     * The group's name: the exercise's title with each parameter the variants fill in written as
     * "…", since the group holds every variant and a lecturer should not read {@code {{as_of}}}.
     */
    static String groupTitle(Exercise e) {
        Map<String, String> unnamed = new LinkedHashMap<>();
        Placeholders.textNames(e.header().title()).forEach(name -> unnamed.put(name, "…"));
        return Placeholders.fillText(e.header().title(), unnamed);
    }

    private String title(String caseId) {
        return exercises.casebook().caseStudy(caseId).map(c -> c.meta().title()).orElse(caseId);
    }

    private static void canvas(Element parent, String name, String text) {
        Element e = parent.getOwnerDocument().createElementNS(CANVAS, name);
        e.setTextContent(text);
        parent.appendChild(e);
    }

}
