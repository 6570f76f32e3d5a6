package org.parkbench.app.scorm;

import java.io.ByteArrayOutputStream;
import java.util.Collection;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code imsmanifest.xml} of a SCORM 1.2 package (IMS Content Packaging 1.1.2 with ADL's
 * extensions): metadata "ADL SCORM" 1.2, one organization with one item per case, and one SCO
 * resource, the launch page, listing every file of the package. All items launch the same page
 * with the case as a parameter, so the LMS keeps a score and a progress record per case.
 */
final class ScormManifest {
    static final String FILE = "imsmanifest.xml";
    static final String IMSCP = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    static final String ADLCP = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    static final String IMSMD = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1";
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    /** One entry of the organization: a case's id (the launch parameter) and its title as the LMS lists it. */
    record Item(String caseId, String title) {
    }

    private ScormManifest() {
    }

    /** The manifest's bytes (UTF-8); every value is escaped by the DOM's serialisation. */
    static byte[] write(String courseId, String courseTitle, List<Item> items, Collection<String> files) {
        Document doc = newDocument();
        Element manifest = doc.createElementNS(IMSCP, "manifest");
        doc.appendChild(manifest);
        manifest.setAttribute("identifier", "parkbench-" + identifierPart(courseId));
        manifest.setAttribute("version", "1.0");
        manifest.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:adlcp", ADLCP);
        manifest.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsi", XSI);
        manifest.setAttributeNS(XSI, "xsi:schemaLocation", IMSCP + " imscp_rootv1p1p2.xsd " + IMSMD + " imsmd_rootv1p2p1.xsd "
                + ADLCP + " adlcp_rootv1p2.xsd");
        Element metadata = child(manifest, "metadata");
        text(metadata, "schema", "ADL SCORM");
        text(metadata, "schemaversion", "1.2");
        Element organizations = child(manifest, "organizations");
        organizations.setAttribute("default", "course");
        Element organization = child(organizations, "organization");
        organization.setAttribute("identifier", "course");
        text(organization, "title", courseTitle);
        for (Item item : items) {
            Element e = child(organization, "item");
            e.setAttribute("identifier", "case-" + identifierPart(item.caseId()));
            e.setAttribute("identifierref", "site");
            e.setAttribute("isvisible", "true");
            e.setAttribute("parameters", "?case=" + item.caseId());
            text(e, "title", item.title());
        }
        Element resources = child(manifest, "resources");
        Element resource = child(resources, "resource");
        resource.setAttribute("identifier", "site");
        resource.setAttribute("type", "webcontent");
        resource.setAttributeNS(ADLCP, "adlcp:scormtype", "sco");
        resource.setAttribute("href", ScormPackage.LAUNCH);
        for (String file : files) {
            child(resource, "file").setAttribute("href", file);
        }
        return serialise(doc);
    }

    /** An id's characters that an XML ID (an NCName) takes; the shipped ids are slugs and pass unchanged. */
    private static String identifierPart(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static Element child(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElementNS(IMSCP, name);
        parent.appendChild(e);
        return e;
    }

    private static void text(Element parent, String name, String value) {
        child(parent, name).setTextContent(value);
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] serialise(Document doc) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "1");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
