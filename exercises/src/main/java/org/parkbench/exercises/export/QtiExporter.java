package org.parkbench.exercises.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.model.Exercise;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every exercise as an IMS QTI 2.1 content package (IMS CP 1.2, QTI 2.1 profile), for Blackboard
 * and other importers: {@code imsmanifest.xml}, one {@code items/<item>.xml} per exercise variant,
 * and one {@code tests/<case>.xml} per case ({@link QtiAssessment}) whose sections are the exercises,
 * each section selecting one of its variants at random (the pool). Every identifier and file name
 * is an {@link ExportIdentifier}, at most 32 characters and the same on every run. Each item's
 * resource declares its interaction in QTI metadata ({@code imsqti:interactionType}), as importers
 * that sort a bank by question type read it. The zip is deterministic.
 */
public final class QtiExporter {
    static final String CP = "http://www.imsglobal.org/xsd/imscp_v1p1";
    /** The namespace of IMS QTI 2.1 metadata, inside a resource's {@code metadata}. */
    static final String QTI_METADATA = "http://www.imsglobal.org/xsd/imsqti_metadata_v2p1";
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private final ExerciseSet exercises;
    private final QtiItem items;

    public QtiExporter(ExerciseSet exercises) {
        this.exercises = exercises;
        this.items = new QtiItem(new ExportText(exercises.casebook()));
    }

    /** The package's files by path, in the order they are listed in the manifest. */
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        PackageManifest manifest = new PackageManifest(CP,
                CP + " http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd " + QTI_METADATA
                        + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_metadata_v2p1p1.xsd",
                "parkbench-exercises", "QTIv2.1 Package", "1.0.0", "imsqti", QTI_METADATA);
        for (Map.Entry<String, List<Exercise>> c : exercises.byCase().entrySet()) {
            if (c.getValue().isEmpty()) {
                continue;
            }
            List<String> itemIds = new ArrayList<>();
            Map<Exercise, List<ExerciseVariant>> sections = new LinkedHashMap<>();
            for (Exercise e : c.getValue()) {
                List<ExerciseVariant> variants = exercises.variants(e.id());
                sections.put(e, variants);
                for (ExerciseVariant v : variants) {
                    String id = QtiItem.identifier(v);
                    String href = "items/" + id + ".xml";
                    files.put(href, serialise(items.write(v)));
                    Element r = manifest.resource(id, "imsqti_item_xmlv2p1", href, href, List.of());
                    qtiMetadata(r, v);
                    itemIds.add(id);
                }
            }
            String href = QtiAssessment.href(c.getKey());
            String title = exercises.casebook().caseStudy(c.getKey()).map(s -> s.meta().title()).orElse(c.getKey());
            files.put(href, serialise(QtiAssessment.write(c.getKey(), title, sections)));
            manifest.resource(QtiAssessment.identifier(c.getKey()), "imsqti_test_xmlv2p1", href, href, itemIds);
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

    /**
     * The item's QTI metadata, first in its resource (the profile's order: metadata, file,
     * dependency), in the order imsqti_metadata_v2p1 gives its elements.
     */
    private static void qtiMetadata(Element resource, ExerciseVariant v) {
        Element metadata = resource.getOwnerDocument().createElementNS(CP, "metadata");
        resource.insertBefore(metadata, resource.getFirstChild());
        Element qti = qti(metadata, "qtiMetadata", null);
        qti(qti, "timeDependent", "false");
        qti(qti, "interactionType", QtiItem.interaction(v.type()));
        qti(qti, "feedbackType", "nonadaptive");
        // a short answer has a model answer for graders, not a correct response
        qti(qti, "solutionAvailable", String.valueOf(v.type() != org.parkbench.exercises.model.ExerciseType.SHORT_ANSWER));
        qti(qti, "toolName", "Parkbench");
    }

    private static Element qti(Element parent, String name, String text) {
        Element e = parent.getOwnerDocument().createElementNS(QTI_METADATA, "imsqti:" + name);
        parent.appendChild(e);
        if (text != null) {
            e.setTextContent(text);
        }
        return e;
    }

    static void declareSchema(Element root, String namespace, String location) {
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", namespace);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsi", XSI);
        root.setAttributeNS(XSI, "xsi:schemaLocation", namespace + " " + location);
    }

    static byte[] serialise(Document doc) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            doc.setXmlStandalone(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
        } catch (TransformerException e) {
            throw new IllegalStateException("a DOM built here always serialises", e);
        }
    }
}
