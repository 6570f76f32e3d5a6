package org.parkbench.site.pages;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.parkbench.exercises.json.DeterministicJson;

/**
 * The text of every searchable page, written as {@code assets/search-index.js}: a script that sets
 * one global array, so the search page can load it with {@code <script src>} from {@code file://},
 * where a fetch of a JSON file is not allowed. lunr builds its index from it in the browser. Only
 * the search page loads it. Pages are added from the render threads at once; the script lists them
 * sorted by path, so it is the same whatever order they were rendered in. The array is written by
 * {@link DeterministicJson}, a page a line, with short keys ({@code u}rl, {@code t}itle,
 * {@code s}ection, {@code b}ody) since it is downloaded whole.
 */
public final class SearchIndex {
    static final int MAX_BODY = 1600;
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private final Map<String, Document> documents = new ConcurrentSkipListMap<>();

    /** One page as the search page's script reads it. */
    private record Document(@JsonProperty("u") String path, @JsonProperty("t") String title, @JsonProperty("s") String section,
                            @JsonProperty("b") String text) {
    }

    public void add(String path, String title, String section, String contentHtml) {
        addText(path, title, section, text(contentHtml));
    }

    /**
     * The text of an HTML fragment the generator wrote: tags become spaces, the five entities the
     * escaping writes are decoded, others are kept as written. Linear and far cheaper than parsing
     * the fragment into a document, which matters for a site of thousands of pages; only words
     * matter to the index.
     */
    static String text(String html) {
        StringBuilder out = new StringBuilder(html.length() / 2);
        int n = html.length();
        for (int i = 0; i < n; i++) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    break;
                }
                out.append(' ');
                i = end;
            } else if (c == '&') {
                int end = html.indexOf(';', i);
                String entity = end > i && end - i <= 6 ? html.substring(i + 1, end) : "";
                String decoded = switch (entity) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "#39" -> "'";
                    default -> null;
                };
                if (decoded == null) {
                    out.append(c);
                } else {
                    out.append(decoded);
                    i = end;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A page whose text is given (a park page, summarised from its data), not extracted from HTML. */
    void addText(String path, String title, String section, String plainText) {
        String text = WHITESPACE.matcher(plainText).replaceAll(" ").strip();
        if (text.length() > MAX_BODY) {
            int cut = text.lastIndexOf(' ', MAX_BODY);
            text = text.substring(0, cut > 0 ? cut : MAX_BODY);
        }
        documents.put(path, new Document(path, title, section, text));
    }

    /** Drops a page (a preview rebuild removes the pages of a park that is gone). */
    public void remove(String path) {
        documents.remove(path);
    }

    public int size() {
        return documents.size();
    }

    /** The script {@code assets/search-index.js}: {@code window.PARKBENCH_SEARCH = [...];}. */
    public String script() {
        return "window.PARKBENCH_SEARCH = " + DeterministicJson.elementPerLine(documents.values()) + ";\n";
    }
}
