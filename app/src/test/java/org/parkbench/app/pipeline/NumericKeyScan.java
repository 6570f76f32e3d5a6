package org.parkbench.app.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Stake;
import org.parkbench.exercises.key.DecimalAnswer;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.model.ExerciseType;

/**
 * Searches a built site for the numeric keys of a course's exercises, the way a student would
 * find one: as a number printed somewhere that the checker would accept as the answer.
 *
 * <p><b>Which keys.</b> The key of every variant of every numeric exercise whose key is derived
 * (computed from the data). A key that is a reported figure passed through is a fact the pages
 * must show, and is not sought; nor is a key of 0, which every zero on a page (and every number
 * that rounds to it) would match.
 *
 * <p><b>Where.</b> Every file of the site, each read for what a reader can meet in it: an HTML
 * page's text (element by element, so that a number in a table cell stands alone), its attribute
 * values (alt text, titles, labels, {@code content}, data attributes;
 * not links, ids, classes or drawing coordinates) and its inline scripts and styles; an SVG's
 * text, titles and labels (not its coordinates, which are no reading matter); a CSV cell by cell
 * (so that {@code 1,522} in a file is two cells, not a number); a JSON file value by value; a
 * script's text with its string escapes read; a stylesheet's quoted strings (what {@code content:}
 * can show; the rest is layout); any other text file as it is. A file that is not text fails the
 * scan: nothing is skipped unread. The exercise pages' check data (the {@code exercise-check}
 * script) is left out: {@link StudentSiteKeysTest} asserts it holds only salted hashes and sealed
 * texts, whose base64 could spell any digits.
 *
 * <p><b>How a number is read.</b> As the checker reads a typed answer ({@link DecimalAnswer}):
 * with or without thousands separators (comma, space, no-break or thin space), a decimal point or
 * a decimal comma, U+2212 as a minus sign, an optional percent sign. A number only counts whole:
 * digits inside a word, a hash or a longer number do not. The number is rounded to the key's
 * precision, and it gives the key away when the result is one of the answers the key accepts
 * (every rounding within its tolerance): so {@code 2695.41778976}, {@code 2,695.42} and
 * {@code 2,695} all give away the key 2695, and {@code 16.3} the key 16.5 ± 0.3.
 *
 * <p><b>What is not a hit, and why.</b>
 * <ul>
 * <li>A number of fewer than three significant digits ({@code 15}, {@code 19}, {@code 400},
 * {@code 0}) is as common as a page number, a day of a date, an axis tick or a score; it counts
 * only where it stands alone as a percentage and the key is one: a table cell, list item, figure
 * label, attribute or JSON value that is just {@code 15 %}, or a CSV cell of a column in %. In
 * running text ("produces 15 % of the city's output") it is not told from any other, nor in a
 * chart, whose segment labels and axis ticks are drawn without the sign (the chart's CSV holds the
 * same numbers under a column in %). Short keys in other units, and keys of 0, are covered by the withholding itself, which
 * works on the computation and not the number
 * ({@code StudentSiteKeyScanTest#everyWithheldValueLinksToItsExercise}).</li>
 * <li>A number that is a reported figure of the data in a unit other than the key's is that fact,
 * not the computed figure: Suzhou's reported foreign investment of USD 16.7 bn is not Huajian's
 * workforce growth of 16.7 %. A reported figure in the key's own unit is not excused, nor a number
 * written as a percentage where the key is one.</li>
 * </ul>
 */
final class NumericKeyScan {
    /** The fewest significant digits a number needs to count without a percent sign. */
    static final int DISTINCT_DIGITS = 3;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.,])([-\u2212]?(?:\\d{1,3}(?:[,\u00A0\u202F\u2009 ]\\d{3})+|\\d+)(?:[.,]\\d+)?)(?!\\w)(?![.,]\\d)"
                    + "(\\s?(?:%|per ?cent\\b|pct\\b))?");
    private static final Pattern GROUPING = Pattern.compile("[\u00A0\u202F\u2009 ]");
    private static final Pattern JS_ESCAPE = Pattern.compile("\\\\(u[0-9a-fA-F]{4}|[nrt\"'\\\\/])");
    private static final Pattern CSS_STRING = Pattern.compile("\"([^\"]*)\"|'([^']*)'");
    private static final Set<String> LAYOUT_ATTRIBUTES = Set.of("href", "src", "srcset", "class", "id", "style", "for", "rel",
            "type", "name", "role", "lang", "charset", "tabindex", "width", "height", "integrity", "crossorigin", "xmlns",
            "viewbox", "loading", "decoding", "http-equiv", "hidden");
    private static final Set<String> SVG_READABLE = Set.of("aria-label", "aria-description", "title", "alt");

    /** A key sought: an exercise's variant, the answers it accepts at its precision, and the figures that excuse a number. */
    record SoughtKey(String exercise, int variant, String key, int decimals, Set<String> accepted, boolean percent,
                     Set<BigDecimal> otherUnitFacts) {
        boolean acceptsAsWritten(BigDecimal value) {
            return accepted.contains(DecimalAnswer.format(value, decimals));
        }

        @Override
        public String toString() {
            return exercise + " variant " + variant + " (key " + key + ", accepts " + accepted + ")";
        }
    }

    /** One place a key was found. */
    record Hit(String file, String exercise, int variant, String key, String written, String context) {
        @Override
        public String toString() {
            return file + ": " + exercise + " variant " + variant + " (key " + key + ") as '" + written + "' in …" + context + "…";
        }
    }

    private final List<SoughtKey> keys;

    private NumericKeyScan(List<SoughtKey> keys) {
        this.keys = List.copyOf(keys);
    }

    /** The derived numeric keys of every variant of {@code exercises}, excused by the facts of {@code casebook}. */
    static NumericKeyScan of(ExerciseSet exercises, Casebook casebook) {
        List<Fact> facts = facts(casebook);
        List<SoughtKey> keys = new ArrayList<>();
        for (Exercise e : exercises.exercises()) {
            if (e.type() != ExerciseType.NUMERIC) {
                continue;
            }
            for (ExerciseVariant v : exercises.variants(e.id())) {
                Key.Number key = (Key.Number) v.key();
                if (!key.value().derived() || key.acceptedAnswers().stream().allMatch(a -> new BigDecimal(a).signum() == 0)) {
                    continue; // a fact, or a zero (which every other zero, and every number rounding to it, would match)
                }
                boolean percent = isPercent(key.unit());
                Set<BigDecimal> excused = new TreeSet<>();
                facts.stream().filter(f -> !(percent ? isPercent(f.unit()) : f.unit().equalsIgnoreCase(key.unit())))
                        .forEach(f -> excused.add(f.value()));
                keys.add(new SoughtKey(e.id(), v.index(), key.text(), key.accuracy().decimals(),
                        new LinkedHashSet<>(key.acceptedAnswers()), percent, excused));
            }
        }
        return new NumericKeyScan(keys);
    }

    List<SoughtKey> keys() {
        return keys;
    }

    /** Every place in the site at {@code root} where a sought key is printed. */
    List<Hit> scan(Path root) throws IOException {
        List<Hit> hits = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                readings(file).stream().flatMap(r -> scan(name, r).stream()).distinct().forEach(hits::add);
            }
        }
        return hits;
    }

    /** The hits in one text. */
    private List<Hit> scan(String file, Reading reading) {
        List<Hit> hits = new ArrayList<>();
        String text = reading.text();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String written = m.group(1);
            Optional<BigDecimal> value = DecimalAnswer.parse(GROUPING.matcher(written).replaceAll(""));
            if (value.isEmpty()) {
                continue;
            }
            if (value.get().signum() == 0) {
                continue; // a zero is every other zero too
            }
            boolean asPercent = reading.percent() || m.group(2) != null;
            boolean distinct = significantDigits(value.get()) >= DISTINCT_DIGITS;
            boolean standsAlone = m.group().strip().equals(text.strip());
            for (SoughtKey k : keys) {
                boolean counts = distinct || (asPercent && standsAlone && k.percent());
                boolean excused = !asPercent && k.otherUnitFacts().contains(value.get());
                if (counts && !excused && k.acceptsAsWritten(value.get())) {
                    String context = text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 30))
                            .replaceAll("\\s+", " ");
                    hits.add(new Hit(file, k.exercise(), k.variant(), k.key(), m.group().strip(), context));
                }
            }
        }
        return hits;
    }

    /** Significant digits as written: {@code 1,522.01} has 6, {@code 19.0} 3, {@code 400} 1, {@code 0} none. */
    static int significantDigits(BigDecimal value) {
        if (value.signum() == 0) {
            return 0;
        }
        return value.scale() > 0 ? value.precision() : value.stripTrailingZeros().precision();
    }

    /** A text to read (one element's own text, one cell, one value); {@code percent}: every number in it is a percentage. */
    private record Reading(String text, boolean percent) {
    }

    private static List<Reading> readings(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            if (b == 0) {
                throw new IllegalStateException(file + " is not text, and the scan would not read it");
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html")) {
            return html(text);
        }
        if (name.endsWith(".svg")) {
            return svg(Jsoup.parse(text, "", Parser.xmlParser()));
        }
        if (name.endsWith(".csv")) {
            return csv(text);
        }
        if (name.endsWith(".json")) {
            List<Reading> out = new ArrayList<>();
            json(JSON.readTree(text), out);
            return out;
        }
        if (name.endsWith(".js")) {
            return List.of(new Reading(unescapeScript(text), false));
        }
        if (name.endsWith(".css")) {
            return List.of(new Reading(cssStrings(text), false));
        }
        return List.of(new Reading(text, false));
    }

    private static List<Reading> html(String text) {
        Document page = Jsoup.parse(text);
        page.select("script#exercise-check").remove();
        List<Reading> out = new ArrayList<>();
        for (Element e : page.getAllElements()) {
            boolean inSvg = e.tagName().equalsIgnoreCase("svg") || !e.parents().select("svg").isEmpty();
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (inSvg ? SVG_READABLE.contains(key) : !LAYOUT_ATTRIBUTES.contains(key)) {
                    out.add(new Reading(a.getValue(), false));
                }
            }
            if (e.tagName().equals("script")) {
                out.add(new Reading(unescapeScript(e.data()), false));
            } else if (e.tagName().equals("style")) {
                out.add(new Reading(cssStrings(e.data()), false));
            } else {
                out.add(new Reading(e.ownText(), false));
            }
        }
        return out;
    }

    private static List<Reading> svg(Document drawing) {
        drawing.select("style, script").remove();
        List<Reading> out = new ArrayList<>();
        for (Element e : drawing.getAllElements()) {
            out.add(new Reading(e.ownText(), false));
            for (Attribute a : e.attributes()) {
                if (SVG_READABLE.contains(a.getKey().toLowerCase(Locale.ROOT))) {
                    out.add(new Reading(a.getValue(), false));
                }
            }
        }
        return out;
    }

    private static List<Reading> csv(String text) throws IOException {
        List<Reading> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
            List<String> header = null;
            for (CSVRecord row : parser) {
                if (header == null) {
                    header = row.toList();
                    header.forEach(h -> out.add(new Reading(h, false)));
                    continue;
                }
                for (int i = 0; i < row.size(); i++) {
                    String column = i < header.size() ? header.get(i).toLowerCase(Locale.ROOT) : "";
                    out.add(new Reading(row.get(i), column.contains("%") || column.contains("pct") || column.contains("percent")));
                }
            }
        }
        return out;
    }

    private static void json(JsonNode node, List<Reading> out) {
        if (node.isTextual()) {
            out.add(new Reading(node.asText(), false));
        } else if (node.isNumber()) {
            out.add(new Reading(node.decimalValue().toPlainString(), false));
        } else if (node.isContainerNode()) {
            node.properties().forEach(e -> {
                out.add(new Reading(e.getKey(), false));
                json(e.getValue(), out);
            });
            if (node.isArray()) {
                node.forEach(n -> json(n, out));
            }
        }
    }

    /** A script's text with its string escapes read, so that {@code "\n1522"} shows its number. */
    private static String unescapeScript(String script) {
        Matcher m = JS_ESCAPE.matcher(script);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String replacement = switch (e.charAt(0)) {
                case 'u' -> String.valueOf((char) Integer.parseInt(e.substring(1), 16));
                case 'n', 'r', 't' -> " ";
                default -> e;
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String cssStrings(String css) {
        StringBuilder out = new StringBuilder();
        Matcher m = CSS_STRING.matcher(css);
        while (m.find()) {
            out.append(m.group(1) != null ? m.group(1) : m.group(2)).append('\n');
        }
        return out.toString();
    }

    private record Fact(BigDecimal value, String unit) {
    }

    /** Every reported figure of the data, with its unit: observations, stake shares, published statistics and their shares. */
    private static List<Fact> facts(Casebook casebook) {
        List<Fact> facts = new ArrayList<>();
        for (CaseStudy c : casebook.cases()) {
            for (Observation o : c.observations()) {
                facts.add(new Fact(decimal(o.value()), o.unit().label()));
            }
            for (Stake s : c.stakes()) {
                s.share().ifPresent(v -> facts.add(new Fact(decimal(v), "%")));
            }
            for (PublishedStatistic s : c.statistics()) {
                facts.add(new Fact(decimal(s.value()), s.unit().label()));
                s.reportedShare().ifPresent(v -> facts.add(new Fact(decimal(v), "%")));
            }
        }
        return facts;
    }

    private static BigDecimal decimal(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros();
    }

    private static boolean isPercent(String unit) {
        return unit.strip().startsWith("%");
    }
}
