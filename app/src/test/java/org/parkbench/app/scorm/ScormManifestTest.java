package org.parkbench.app.scorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.parkbench.core.language.Language;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The package's manifest as an LMS reads it: valid against ADL's schemas, one SCO, an item per case, every file listed. */
class ScormManifestTest {

    @Test
    void theManifestIsValidScorm12() throws Exception {
        Path folder = ShippedPackage.unpacked(Language.EN);
        ScormSchemas.manifest().newValidator().validate(new StreamSource(folder.resolve("imsmanifest.xml").toFile()));
    }

    @Test
    void oneScoLaunchesEachCaseAndListsEveryFileOfThePackage() throws Exception {
        Path folder = ShippedPackage.unpacked(Language.EN);
        Document manifest = parse(folder.resolve("imsmanifest.xml"));
        assertThat(text(manifest, ScormManifest.IMSCP, "schema")).isEqualTo("ADL SCORM");
        assertThat(text(manifest, ScormManifest.IMSCP, "schemaversion")).isEqualTo("1.2");
        assertThat(manifest.getElementsByTagNameNS(ScormManifest.IMSCP, "organization").getLength()).isOne();

        NodeList resources = manifest.getElementsByTagNameNS(ScormManifest.IMSCP, "resource");
        assertThat(resources.getLength()).isOne();
        Element sco = (Element) resources.item(0);
        assertThat(sco.getAttributeNS(ScormManifest.ADLCP, "scormtype")).isEqualTo("sco");
        assertThat(folder.resolve(sco.getAttribute("href"))).isRegularFile();

        List<String> launched = new ArrayList<>();
        NodeList items = manifest.getElementsByTagNameNS(ScormManifest.IMSCP, "item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            assertThat(item.getAttribute("identifierref")).isEqualTo(sco.getAttribute("identifier"));
            launched.add(item.getAttribute("parameters"));
        }
        assertThat(launched).as("the cases in the course's order").containsExactlyElementsOf(
                ShippedPackage.COURSE.caseIds().stream().map(id -> "?case=" + id).toList());
        assertThat(launched).hasSize(ShippedPackage.CASEBOOK.cases().size());

        List<String> listed = new ArrayList<>();
        NodeList files = sco.getElementsByTagNameNS(ScormManifest.IMSCP, "file");
        for (int i = 0; i < files.getLength(); i++) {
            listed.add(((Element) files.item(i)).getAttribute("href"));
        }
        List<String> present = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("imsmanifest.xml")).sorted().forEach(present::add);
        }
        assertThat(listed).as("the manifest lists the package's files, each once").containsExactlyInAnyOrderElementsOf(present);
        assertThat(listed).contains("scorm-launch.html", "scorm.js", "scorm-course.js", "index.html", "cases/suzhou.html",
                "exercises/suez-teda-model.html", "assets/exercise-progress.js");
    }

    @Test
    void theChinesePackageIsTheChineseSiteWithChineseTitles() throws Exception {
        Path folder = ShippedPackage.unpacked(Language.ZH);
        ScormSchemas.manifest().newValidator().validate(new StreamSource(folder.resolve("imsmanifest.xml").toFile()));
        Document manifest = parse(folder.resolve("imsmanifest.xml"));
        String suzhou = ShippedPackage.CASEBOOK.caseStudy("suzhou").orElseThrow().in(Language.ZH).meta().title();
        assertThat(suzhou).containsPattern("\\p{IsHan}");
        List<String> titles = new ArrayList<>();
        NodeList found = manifest.getElementsByTagNameNS(ScormManifest.IMSCP, "title");
        for (int i = 0; i < found.getLength(); i++) {
            titles.add(found.item(i).getTextContent());
        }
        assertThat(titles).contains(suzhou);
        assertThat(Files.readString(folder.resolve("scorm-launch.html"))).contains("lang=\"zh-Hans\"");
        assertThat(Files.readString(folder.resolve("cases/suzhou.html"))).contains("lang=\"zh-Hans\"");
    }

    @Test
    void theZipOfOneCaseHasTheManifestAtItsRootAndTheSameBytesEveryTime() throws IOException {
        ScormPackage one = ScormPackage.forCase(ShippedPackage.request(), Language.EN, "huajian");
        byte[] first = one.zip();
        assertThat(one.zip()).as("the same course zips to the same bytes").isEqualTo(first);
        Map<String, byte[]> entries = unzip(first);
        assertThat(entries).containsKeys("imsmanifest.xml", "scorm-launch.html", "cases/huajian.html");
        Document manifest = parse(entries.get("imsmanifest.xml"));
        NodeList items = manifest.getElementsByTagNameNS(ScormManifest.IMSCP, "item");
        assertThat(items.getLength()).isOne();
        assertThat(((Element) items.item(0)).getAttribute("parameters")).isEqualTo("?case=huajian");
        assertThat(one.defaultFileName()).isEqualTo("huajian-scorm.zip");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String text(Document doc, String namespace, String name) {
        return doc.getElementsByTagNameNS(namespace, name).item(0).getTextContent();
    }

    private static Document parse(Path file) throws Exception {
        return parse(Files.readAllBytes(file));
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
