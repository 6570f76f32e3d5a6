package org.parkbench.app.scorm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Assumptions;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * ADL's SCORM 1.2 schemas (IMS CP 1.1.2, ADL's extensions, IMS metadata 1.2.1) from the shared
 * catalogue beside the project (../shared/schemas/scorm12); tests that need them skip, saying so,
 * when it is absent.
 */
public final class ScormSchemas {
    private ScormSchemas() {
    }

    /** The manifest's schema, or a skipped test when the catalogue is not there. */
    public static Schema manifest() {
        // Maven runs a module's tests in the module directory; the project root is its parent
        Path root = Path.of("").toAbsolutePath().getParent();
        Path catalogue = root == null ? null : root.resolveSibling("shared").resolve("schemas/scorm12");
        boolean present = catalogue != null && Files.isRegularFile(catalogue.resolve("imscp_rootv1p1p2.xsd"));
        if (!present) {
            System.err.println("SCORM manifest validation SKIPPED: ../shared/schemas/scorm12 is not beside the project");
        }
        Assumptions.assumeTrue(present, "the SCORM 1.2 schemas are not beside the project (../shared/schemas/scorm12), so the manifest was not validated");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> systemId != null && systemId.endsWith("ims_xml.xsd")
                ? imsXml(catalogue.resolve("ims_xml.xsd"), systemId) : null);
        try {
            // IMS's metadata schema breaks the Unique Particle Attribution rule (a person element beside an
            // any-namespace wildcard), which only the full check of the schemas looks at; instances validate the same
            factory.setFeature("http://apache.org/xml/features/validation/schema-full-checking", false);
            // adlcp imports imscp, which imports ims_xml.xsd; imsmd is the metadata a manifest may carry
            return factory.newSchema(new Source[] {new StreamSource(catalogue.resolve("adlcp_rootv1p2.xsd").toFile()),
                    new StreamSource(catalogue.resolve("imsmd_rootv1p2p1.xsd").toFile())});
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load the SCORM 1.2 schemas: " + e.getMessage(), e);
        }
    }

    /**
     * IMS's ims_xml.xsd without its one declaration a namespace-aware parser must refuse: it binds
     * the default namespace to the xml namespace (Namespaces in XML 1.0, section 3). Nothing in the
     * file uses that default, so the schema means the same without it.
     */
    private static LSInput imsXml(Path file, String systemId) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "")
                    .replace(" xmlns=\"http://www.w3.org/XML/1998/namespace\"", "");
            LSInput input = ((DOMImplementationLS) DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation())
                    .createLSInput();
            input.setStringData(text);
            input.setSystemId(systemId);
            return input;
        } catch (IOException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
