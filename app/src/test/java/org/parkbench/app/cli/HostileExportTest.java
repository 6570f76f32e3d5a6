package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.exercises.export.QtiSchemas;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The hostile-export corpus ({@code src/test/resources/hostile/exports}, README.md there): a
 * lecturer's data-only case whose every exercise text (title, body, hints, feedback, choices and
 * their feedback, solution, model answer, rubric) and data text (park names, events, a source)
 * carries {@code <script>}, {@code <img onerror>}, {@code <iframe>}, event attributes, raw
 * {@code javascript:} links, Markdown links and images to {@code javascript:}, {@code data:} and
 * {@code vbscript:} URLs. Exported through the real command line as GIFT, as QTI, as Moodle XML and for Canvas,
 * nothing in any file is markup that runs or loads anything: the texts carry only the site's
 * sanitised markup (raw HTML shown as text, as on the site), unsafe URLs are gone with their
 * targets, the GIFT still parses (gift-pegjs, a PEG grammar of Moodle's GIFT format), every QTI
 * file still validates against the IMS schemas, every Moodle XML text is well-formed XML whose
 * HTML (once the XML parser has unescaped it) holds only the site's elements, and a SCORM package
 * of the hostile course carries its hostile titles as text in a manifest that still validates; its PDF
 * handout shows them as text and links only to web addresses (and within itself).
 */
class HostileExportTest {
    /** What the site's sanitiser lets through (markup's MarkdownRenderer safelist), plus the title line's strong. */
    private static final Set<String> SITE_ELEMENTS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "em", "strong",
            "code", "pre", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "hr", "br", "sup", "sub", "del");
    private static final Set<String> SITE_ATTRIBUTES = Set.of("href", "title", "class", "start");
    /** Elements that run script, load something or restyle a page; none may appear in any export. */
    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "img", "svg", "math", "object",
            "embed", "applet", "style", "link", "meta", "base", "form", "input", "audio", "video", "source");
    private static final List<String> TAG_OPENINGS = List.of("<script", "<iframe", "<img", "<svg", "<style", "<object", "<embed");

    @TempDir
    Path dir;

    @Test
    void giftCarriesOnlyTheSitesSanitisedMarkupAndStillParses() throws IOException, InterruptedException {
        Path gift = dir.resolve("hostile.gift");
        CommandRun run = CommandRun.of("export", "--format", "gift", "--course", course().toString(), "--out", gift.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("6 exercises exported as GIFT");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        String text = Files.readString(gift, StandardCharsets.UTF_8);

        assertNoTagOpeningsOrDroppedTargets("GIFT", text);
        assertThat(text).contains("::hostile-exports-model::[html]", "::hostile-exports-milestones::[html]",
                "::hostile-exports-open::[html]");

        JsonNode questions = GiftParser.parse(gift, dir);
        List<String> html = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        collectTexts(questions, html, plain);
        assertThat(questions.findValues("type")).extracting(JsonNode::asText)
                .contains("MC", "Numerical", "Matching", "Essay");
        assertThat(html).as("the texts of six questions").hasSizeGreaterThan(20);
        for (String fragment : html) {
            assertSiteMarkup("GIFT text " + fragment, fragment);
        }
        // matching answers (a model, a position) are plain text, offered in a drop-down
        assertThat(plain).isNotEmpty().allSatisfy(p -> assertThat(p).doesNotContain("<", ">"));
        // raw HTML shows as text, as on the site; safe links stay links
        assertThat(html).anyMatch(h -> h.contains("&lt;script&gt;alert('body')&lt;/script&gt;"))
                .anyMatch(h -> h.contains("<a href=\"https://example.org/fine\">a fine link</a>"))
                .anyMatch(h -> h.contains("&lt;script&gt;alert(&#39;choice-a&#39;)&lt;/script&gt; High-level government-driven"))
                .anyMatch(h -> h.contains("&lt;script&gt;alert(&#39;park-name&#39;)&lt;/script&gt; Government Park"));
    }

    @Test
    void qtiCarriesOnlyTheSitesSanitisedMarkupAndStillValidates() throws IOException {
        Path zip = dir.resolve("hostile-qti.zip");
        CommandRun run = CommandRun.of("export", "--format", "qti", "--course", course().toString(), "--out", zip.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("6 exercises exported as a QTI 2.1 content package");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        Map<String, byte[]> files = unzip(zip);
        assertThat(files.keySet()).contains("imsmanifest.xml", "items/item-hostile-exports-model.xml", "items/item-hostile-exports-open.xml",
                "tests/hostile-exports.xml").hasSize(8);

        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String xml = new String(f.getValue(), StandardCharsets.UTF_8);
            assertNoTagOpeningsOrDroppedTargets(f.getKey(), xml);
            List<String> problems = new ArrayList<>();
            walk(parse(f.getValue()).getDocumentElement(), f.getKey(), problems);
            assertThat(problems).as(f.getKey()).isEmpty();
        }
        String model = new String(files.get("items/item-hostile-exports-model.xml"), StandardCharsets.UTF_8);
        assertThat(model).contains("&lt;script&gt;alert('body')&lt;/script&gt;", "<a href=\"https://example.org/fine\">a fine link</a>",
                "&lt;script&gt;alert('choice-a')&lt;/script&gt; High-level government-driven");

        QtiSchemas schemas = QtiSchemas.locate();
        Schema item = schemas.item();
        Schema manifest = schemas.manifest();
        List<String> invalid = new ArrayList<>();
        files.forEach((name, bytes) -> {
            try {
                (name.equals("imsmanifest.xml") ? manifest : item).newValidator().validate(new StreamSource(new ByteArrayInputStream(bytes), name));
            } catch (SAXException | IOException e) {
                invalid.add(name + ": " + e.getMessage());
            }
        });
        assertThat(invalid).isEmpty();
    }

    @Test
    void moodleXmlCarriesOnlyTheSitesSanitisedMarkup() throws IOException {
        Path xml = dir.resolve("hostile-moodle.xml");
        CommandRun run = CommandRun.of("export", "--format", "moodle", "--course", course().toString(), "--out", xml.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("6 exercises exported as Moodle XML");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        byte[] bytes = Files.readAllBytes(xml);
        assertNoTagOpeningsOrDroppedTargets("Moodle XML", new String(bytes, StandardCharsets.UTF_8));

        // the file's own elements are Moodle's, nothing active among them
        Element quiz = parse(bytes).getDocumentElement();
        List<String> problems = new ArrayList<>();
        walk(quiz, "Moodle XML", problems);
        assertThat(problems).isEmpty();
        assertThat(quiz.getElementsByTagName("question").getLength()).as("six questions and their category").isEqualTo(7);

        // every text Moodle shows as HTML is the site's markup; the others are plain text
        List<String> html = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        org.w3c.dom.NodeList texts = quiz.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            Element owner = (Element) text.getParentNode();
            String value = text.getTextContent();
            if (owner.getAttribute("format").equals("html")) {
                html.add(value);
            } else if (!owner.getTagName().equals("category") && !owner.getTagName().equals("info")) {
                plain.add(owner.getTagName() + ": " + value);
            }
        }
        assertThat(html).as("the HTML texts of six questions").hasSizeGreaterThan(30);
        for (String fragment : html) {
            assertSiteMarkup("Moodle XML text " + fragment, fragment);
        }
        // names, numerical answers and matching answers (a drop-down shows text only)
        assertThat(plain).isNotEmpty().allSatisfy(p -> assertThat(p).doesNotContain("<", ">"));
        assertThat(html).anyMatch(h -> h.contains("&lt;script&gt;alert('body')&lt;/script&gt;"))
                .anyMatch(h -> h.contains("<a href=\"https://example.org/fine\">a fine link</a>"))
                .anyMatch(h -> h.contains("&lt;script&gt;alert(&#39;choice-a&#39;)&lt;/script&gt; High-level government-driven"));
    }

    @Test
    void canvasCarriesOnlyTheSitesSanitisedMarkupInItsHtmlTexts() throws IOException {
        Path zip = dir.resolve("hostile-canvas.zip");
        CommandRun run = CommandRun.of("export", "--format", "canvas", "--course", course().toString(), "--out", zip.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("6 exercises exported as a Canvas QTI 1.2 package");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        Map<String, byte[]> files = unzip(zip);
        assertThat(files.keySet()).contains("imsmanifest.xml", "quiz-hostile-exports/quiz-hostile-exports.xml",
                "quiz-hostile-exports/assessment_meta.xml").hasSize(3);

        List<String> html = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            assertNoTagOpeningsOrDroppedTargets(f.getKey(), new String(f.getValue(), StandardCharsets.UTF_8));
            org.w3c.dom.Document doc = parse(f.getValue());
            List<String> problems = new ArrayList<>();
            walk(doc.getDocumentElement(), f.getKey(), problems);
            assertThat(problems).as(f.getKey()).isEmpty();
            org.w3c.dom.NodeList texts = doc.getElementsByTagNameNS("*", "mattext");
            for (int i = 0; i < texts.getLength(); i++) {
                Element text = (Element) texts.item(i);
                (text.getAttribute("texttype").equals("text/html") ? html : plain).add(text.getTextContent());
            }
        }
        // Canvas reads a text/html mattext as markup: what it holds is the site's, and nothing runs even once the XML is read
        assertThat(html).as("the question, answer and feedback texts of six questions").hasSizeGreaterThan(15);
        for (String fragment : html) {
            assertNoTagOpeningsOrDroppedTargets("Canvas HTML " + fragment, fragment);
            assertSiteMarkup("Canvas HTML " + fragment, fragment.replaceFirst("^<div>", "").replaceFirst("</div>$", ""));
        }
        assertThat(html).anyMatch(h -> h.contains("&lt;script&gt;alert('body')&lt;/script&gt;"))
                .anyMatch(h -> h.contains("<a href=\"https://example.org/fine\">a fine link</a>"));
        // labels (choices, matching sides) are text/plain: Canvas shows them as text, the script as its letters
        assertThat(plain).contains("<script>alert('choice-a')</script> High-level government-driven");
    }

    @Test
    void scormCarriesHostileTitlesAsTextAndItsManifestStillValidates() throws IOException {
        // the hostile course, its course and case titles made hostile too: they reach the manifest and the launch page
        String hostile = "<script>alert('title')</script> Hostile & \"exports\"";
        Path copy = dir.resolve("course");
        Path from = course().getParent().resolve("hostile-exports");
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path to = copy.resolve("hostile-exports").resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Path caseFile = copy.resolve("hostile-exports/case.md");
        String yamlTitle = "title: \"" + hostile.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        Files.writeString(caseFile, Files.readString(caseFile).replaceFirst("(?m)^title: .*$", java.util.regex.Matcher.quoteReplacement(yamlTitle)));
        Path courseFile = copy.resolve("course.yml");
        Files.writeString(courseFile, Files.readString(course()).replaceFirst("(?m)^title: .*$", java.util.regex.Matcher.quoteReplacement(yamlTitle)));

        Path zip = dir.resolve("hostile-scorm.zip");
        CommandRun run = CommandRun.of("export", "--format", "scorm", "--course", courseFile.toString(), "--out", zip.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        Map<String, byte[]> files = unzip(zip);

        org.w3c.dom.Document manifest = parse(files.get("imsmanifest.xml"));
        List<String> titles = new ArrayList<>();
        org.w3c.dom.NodeList all = manifest.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            assertThat(e.getNamespaceURI()).as("only IMS content-packaging elements: " + e.getTagName())
                    .isEqualTo("http://www.imsproject.org/xsd/imscp_rootv1p1p2");
            if (e.getLocalName().equals("title")) {
                titles.add(e.getTextContent());
            }
        }
        assertThat(titles).as("the course's and the case's title, as text").containsExactly(hostile, hostile);
        try {
            org.parkbench.app.scorm.ScormSchemas.manifest().newValidator()
                    .validate(new StreamSource(new ByteArrayInputStream(files.get("imsmanifest.xml")), "imsmanifest.xml"));
        } catch (SAXException e) {
            throw new AssertionError("imsmanifest.xml: " + e.getMessage(), e);
        }

        org.jsoup.nodes.Document launch = Jsoup.parse(new String(files.get("scorm-launch.html"), StandardCharsets.UTF_8));
        assertThat(launch.title()).isEqualTo(hostile);
        assertThat(launch.select("script").eachAttr("src"))
                .containsExactly("assets/variant.js", "assets/exercise-progress.js", "scorm-course.js", "scorm.js");
        assertThat(launch.select("script").stream().filter(x -> !x.data().isEmpty())).as("no inline script").isEmpty();
        assertThat(launch.select("iframe").attr("title")).contains(hostile);

        // the tracked exercises are one JSON value assigned to one name: nothing else runs
        String course = new String(files.get("scorm-course.js"), StandardCharsets.UTF_8);
        String prefix = "window.ParkbenchScormCourse = ";
        assertThat(course).startsWith(prefix).endsWith(";\n");
        JsonNode tracked = new ObjectMapper().readTree(course.substring(prefix.length(), course.length() - 2));
        assertThat(tracked.path("cases").path(0).path("exercises")).hasSize(6);
    }

    @Test
    void theInstructorHandoutShowsTheHostileTextsAsTextAndLinksOnlyToTheWeb() throws IOException {
        Path out = dir.resolve("pdf");
        CommandRun run = CommandRun.of("pdf", "--course", course().toString(), "--profile", "instructor", "--lang", "en",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        Path pdf = out.resolve("en/hostile-exports.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            // the raw HTML is shown as text, as the site shows it (a rubric criterion is plain text there, targets and all)
            assertThat(text).contains("<script>");
            assertThat(doc.getDocumentCatalog().getNames() == null || doc.getDocumentCatalog().getNames().getJavaScript() == null)
                    .as("no document JavaScript").isTrue();
            assertThat(doc.getDocumentCatalog().getOpenAction()).as("no action on opening").isNull();
            int links = 0;
            for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
                for (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link) {
                        links++;
                        // a link goes to a place in the handout (a citation to its reference) or to a web address, nothing else
                        if (link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                            assertThat(uri.getURI()).as("a link's address").matches("https?://.*").doesNotContain("-dropped");
                        } else if (link.getAction() != null) {
                            assertThat(link.getAction()).as("a link's action")
                                    .isInstanceOf(org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo.class);
                        }
                    }
                }
            }
            assertThat(links).as("links in the handout").isPositive();
        }
    }

    private static Path course() {
        try {
            return Path.of(HostileExportTest.class.getResource("/hostile/exports/course.yml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** No tag that runs or loads anything is written out, and no target of a dropped link or image survives, even as text. */
    private static void assertNoTagOpeningsOrDroppedTargets(String name, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String opening : TAG_OPENINGS) {
            assertThat(lower).as(name + " holds " + opening).doesNotContain(opening);
        }
        assertThat(text).as(name + ": every unsafe link and image target is dropped").doesNotContain("-dropped");
    }

    /** An HTML text of the GIFT, as Moodle reads it: only the site's elements and attributes, every link http(s) or relative. */
    private static void assertSiteMarkup(String what, String fragment) {
        for (org.jsoup.nodes.Element e : Jsoup.parseBodyFragment(fragment).body().select("*")) {
            if (e.tagName().equals("body")) {
                continue;
            }
            assertThat(e.tagName()).as(what).isIn(SITE_ELEMENTS);
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as(what).isIn(SITE_ATTRIBUTES);
                if (a.getKey().equals("href")) {
                    assertThat(safeUrl(a.getValue())).as(what + ": href " + a.getValue()).isTrue();
                }
            }
        }
    }

    /** Every element and attribute of a QTI file: nothing active, no event attribute, no unsafe URL. */
    private static void walk(Element e, String file, List<String> problems) {
        if (ACTIVE_ELEMENTS.contains(e.getLocalName().toLowerCase(Locale.ROOT))) {
            problems.add(file + ": element " + e.getLocalName());
        }
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String local = (a.getLocalName() == null ? a.getName() : a.getLocalName()).toLowerCase(Locale.ROOT);
            if (local.startsWith("on")) {
                problems.add(file + ": event attribute " + a.getName() + " on " + e.getLocalName());
            }
            if ((local.equals("href") || local.equals("src")) && !safeUrl(a.getValue())) {
                problems.add(file + ": " + a.getName() + "=\"" + a.getValue() + "\" on " + e.getLocalName());
            }
            String value = a.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
            if (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:")) {
                problems.add(file + ": " + a.getName() + "=\"" + a.getValue() + "\"");
            }
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                walk(child, file, problems);
            }
        }
    }

    /** http(s), a fragment, or a relative path: the links the site keeps. */
    private static boolean safeUrl(String url) {
        String u = url.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        if (u.startsWith("http://") || u.startsWith("https://") || u.startsWith("#")) {
            return true;
        }
        int colon = u.indexOf(':');
        int end = u.length();
        for (char stop : new char[] {'/', '?', '#'}) {
            int at = u.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return colon < 0 || colon > end;
    }

    /** The texts of the parsed GIFT: those with a format (question, answers, feedback) and the plain matching answers. */
    private static void collectTexts(JsonNode node, List<String> html, List<String> plain) {
        if (node.isObject()) {
            if (node.has("format") && node.has("text") && node.get("text").isTextual()) {
                assertThat(node.get("format").asText()).as(node.toString()).isEqualTo("html");
                html.add(node.get("text").asText());
            }
            if (node.has("subanswer")) {
                plain.add(node.get("subanswer").asText());
            }
        }
        node.forEach(child -> collectTexts(child, html, plain));
    }

    private static org.w3c.dom.Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /** gift-pegjs (test resources, README.md there) run by Node; the test is skipped, saying so, where Node is not installed. */
    static final class GiftParser {
        private static final String PARSER = "gift-pegjs/pegjs-gift.js";

        private GiftParser() {
        }

        static JsonNode parse(Path gift, Path work) throws IOException, InterruptedException {
            Path parser = work.resolve("pegjs-gift.js");
            try (InputStream in = HostileExportTest.class.getClassLoader().getResourceAsStream(PARSER)) {
                assertThat(in).as("gift-pegjs on the test class path: " + PARSER).isNotNull();
                Files.copy(in, parser);
            }
            Path script = work.resolve("parse-gift.js");
            Files.writeString(script, """
                    const parser = require(process.argv[2]);
                    const text = require('fs').readFileSync(process.argv[3], 'utf8');
                    process.stdout.write(JSON.stringify(parser.parse(text)));
                    """, StandardCharsets.UTF_8);
            Process node;
            try {
                node = new ProcessBuilder("node", script.toString(), parser.toString(), gift.toString()).redirectErrorStream(true).start();
            } catch (IOException e) {
                Assumptions.abort("node is not on the PATH, so the GIFT was not parsed with gift-pegjs: " + e.getMessage());
                throw e;
            }
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
            assertThat(node.exitValue()).as("gift-pegjs parses the export: " + output).isZero();
            return new ObjectMapper().readTree(output);
        }
    }
}
