package org.parkbench.site.build;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.json.Json;
import javax.json.JsonException;
import javax.json.JsonValue;
import javax.json.stream.JsonParser;

/**
 * Every piece of JSON a built site holds, as the bytes a browser or tool reads: each {@code .json}
 * file, the object {@code assets/search-index.js} assigns, and each {@code <script
 * type="application/json">} block of a page ({@code page.html#n}, n counting from 0). {@link #parse}
 * reads one with the JSON-P reference implementation, a parser independent of the Jackson that
 * wrote it.
 */
public final class JsonOutputs {
    /** The search index script: one assignment of an object, and nothing else. */
    public static final String SEARCH_INDEX = "assets/search-index.js";
    private static final Pattern SEARCH_SCRIPT = Pattern.compile("window\\.PARKBENCH_SEARCH = (.*);\n", Pattern.DOTALL);
    private static final Pattern DATA_BLOCK = Pattern.compile("<script type=\"application/json\"[^>]*>(.*?)</script>", Pattern.DOTALL);

    private JsonOutputs() {
    }

    /** The JSON of the site at {@code root}, by file (and block), in path order. */
    public static Map<String, String> of(Path root) {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (name.endsWith(".json")) {
                    found.put(name, Files.readString(file, StandardCharsets.UTF_8));
                } else if (name.equals(SEARCH_INDEX)) {
                    Matcher m = SEARCH_SCRIPT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    if (!m.matches()) {
                        throw new AssertionError(name + " is not one assignment of window.PARKBENCH_SEARCH");
                    }
                    found.put(name, m.group(1));
                } else if (name.endsWith(".html")) {
                    Matcher m = DATA_BLOCK.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    for (int n = 0; m.find(); n++) {
                        found.put(name + "#" + n, m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * {@code json} read by JSON-P; throws {@link javax.json.JsonException} if it is not one JSON
     * value with nothing but white space after it.
     */
    public static JsonValue parse(String json) {
        try (JsonParser parser = Json.createParser(new StringReader(json))) {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) { // throws on anything but white space, in fact
                throw new JsonException("more after the value");
            }
            return value;
        }
    }
}
