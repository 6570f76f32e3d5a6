package org.parkbench.exercises.export;

import java.util.List;
import javax.xml.XMLConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The {@code imsmanifest.xml} of an IMS content package, as the QTI 2.1 and the Canvas packages
 * both write it: the root in the package profile's namespace with its schema location and
 * identifier, the metadata naming the profile, an empty {@code organizations} and the
 * {@code resources}, each with its file and the resources it depends on.
 */
final class PackageManifest {
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private final Document doc = QtiItem.newDocument();
    private final String namespace;
    private final Element resources;

    /**
     * @param schemaLocation the root's {@code xsi:schemaLocation}, pairs of namespace and schema
     * @param prefixes       further namespaces the resources use, as prefix and namespace pairs
     */
    PackageManifest(String namespace, String schemaLocation, String identifier, String schema, String schemaVersion,
                    String... prefixes) {
        this.namespace = namespace;
        Element root = doc.createElementNS(namespace, "manifest");
        doc.appendChild(root);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", namespace);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsi", XSI);
        root.setAttributeNS(XSI, "xsi:schemaLocation", schemaLocation);
        for (int i = 0; i + 1 < prefixes.length; i += 2) {
            root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + prefixes[i], prefixes[i + 1]);
        }
        root.setAttribute("identifier", identifier);
        Element metadata = element(root, "metadata");
        element(metadata, "schema").setTextContent(schema);
        element(metadata, "schemaversion").setTextContent(schemaVersion);
        element(root, "organizations");
        resources = element(root, "resources");
    }

    /**
     * Adds a resource: its identifier, type, launch {@code href} (none when null), its one file and
     * the identifiers of the resources it depends on.
     */
    Element resource(String identifier, String type, String href, String file, List<String> dependencies) {
        Element r = element(resources, "resource");
        r.setAttribute("identifier", identifier);
        r.setAttribute("type", type);
        if (href != null) {
            r.setAttribute("href", href);
        }
        element(r, "file").setAttribute("href", file);
        dependencies.forEach(d -> element(r, "dependency").setAttribute("identifierref", d));
        return r;
    }

    /** A new element of the package's namespace, last in {@code parent}. */
    Element element(Element parent, String name) {
        Element e = doc.createElementNS(namespace, name);
        parent.appendChild(e);
        return e;
    }

    /** The manifest as UTF-8 XML. */
    byte[] bytes() {
        return QtiExporter.serialise(doc);
    }
}
