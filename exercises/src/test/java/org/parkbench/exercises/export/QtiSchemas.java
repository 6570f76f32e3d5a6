package org.parkbench.exercises.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Assumptions;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The IMS QTI 2.1 and content-packaging schemas from the shared catalogue beside the project
 * (../shared/schemas/qti21), loaded offline: every imported {@code http://host/path} is read from
 * {@code schemas/qti21/host/path}. Tests that need them skip, saying so, when the catalogue is absent.
 * The catalogue's QTI metadata schema is a stand-in that accepts anything, so the manifest schema
 * gets this module's test copy of the metadata content model in its place
 * ({@code qti-metadata/imsqti_metadata_v2p1.xsd}, its source noted inside): a resource's
 * {@code qtiMetadata} is validated, not merely accepted. Shared with the app's whole-pipeline tests
 * through this module's test jar.
 */
public final class QtiSchemas {
    /** Where the manifest schema imports QTI metadata from; the catalogue's file there is a stand-in. */
    static final String METADATA = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_metadata_v2p1p1.xsd";
    private static final String METADATA_COPY = "qti-metadata/imsqti_metadata_v2p1.xsd";
    private final Path catalogue;

    private QtiSchemas(Path catalogue) {
        this.catalogue = catalogue;
    }

    /** The catalogue, or a skipped test when ../shared is not there. */
    public static QtiSchemas locate() {
        // Maven runs a module's tests in the module directory; the project root is its parent.
        Path root = Path.of("").toAbsolutePath().getParent();
        Path catalogue = root == null ? null : root.resolveSibling("shared").resolve("schemas/qti21");
        Assumptions.assumeTrue(catalogue != null && Files.isDirectory(catalogue),
                "the QTI schemas are not beside the project (../shared/schemas/qti21), so exported QTI was not validated");
        return new QtiSchemas(catalogue);
    }

    public Schema item() {
        return load("http://www.imsglobal.org/xsd/imsqti_v2p1.xsd");
    }

    public Schema manifest() {
        return load("http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd");
    }

    private Schema load(String url) {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(resolver());
        try {
            return factory.newSchema(new StreamSource(open(url), url));
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load " + url + ": " + e.getMessage(), e);
        }
    }

    private LSResourceResolver resolver() {
        return (type, namespace, publicId, systemId, baseUri) -> {
            if (systemId == null) {
                return null;
            }
            String absolute = baseUri == null ? systemId : URI.create(baseUri).resolve(systemId).toString();
            return new Input(absolute, publicId, open(absolute));
        };
    }

    private InputStream open(String url) {
        if (url.equals(METADATA)) {
            InputStream copy = QtiSchemas.class.getClassLoader().getResourceAsStream(METADATA_COPY);
            if (copy == null) {
                throw new IllegalStateException("the test copy of the QTI metadata schema is not on the class path: " + METADATA_COPY);
            }
            return copy;
        }
        URI uri = URI.create(url);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("not an http address: " + url);
        }
        Path file = catalogue.resolve(uri.getHost()).resolve(uri.getPath().substring(1));
        try {
            return new ByteArrayInputStream(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("the catalogue has no " + file + " for " + url, e);
        }
    }

    /** An LSInput over bytes, keeping the http system id so relative imports resolve against it. */
    private record Input(String systemId, String publicId, InputStream byteStream) implements LSInput {
        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {
        }

        @Override
        public InputStream getByteStream() {
            return byteStream;
        }

        @Override
        public void setByteStream(InputStream byteStream) {
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String systemId) {
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(String publicId) {
        }

        @Override
        public String getBaseURI() {
            return systemId;
        }

        @Override
        public void setBaseURI(String baseURI) {
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
        }
    }
}
