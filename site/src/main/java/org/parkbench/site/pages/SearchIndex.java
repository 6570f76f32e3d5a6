package org.parkbench.site.pages;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.parkbench.core.language.Language;
import org.parkbench.exercises.json.DeterministicJson;

/**
 * The search index of a site, written as {@code assets/search-index.js}: a script that sets one
 * global object, so the search page can load it with {@code <script src>} from {@code file://},
 * where a fetch of a JSON file is not allowed. Only the search page loads it.
 *
 * <p>Every page's whole text is indexed, but only the index is written, not the text: a sorted
 * list of the tokens {@link SearchTokenizer} finds ({@code terms}) and, for each, the pages it is
 * on ({@code postings}). A posting list is a string, {@code delta[:weight],…}: page numbers
 * (positions in {@code docs}) as the difference from the previous one, in base 36, and the
 * token's weight on that page when it is not 1 (its count in the text, at most
 * {@value #MAX_COUNT}, plus {@value #TITLE_WEIGHT} when it is in the title). The search page
 * decodes only the lists its query needs, so it is ready as soon as the script is parsed
 * ({@code docs/decisions/012-search.md}). A page ({@code docs}) is its {@code u}rl, {@code t}itle,
 * {@code s}ection, {@code l}anguage (a site in two languages has an index per language, and a
 * merged list must still say which a hit is in) and {@code b}, the first
 * {@value #SUMMARY} characters of its text, shown under the title.
 *
 * <p>Pages are added from the render threads at once, and tokenized there; the script lists them
 * sorted by path, so it is the same whatever order they were rendered in.
 */
public final class SearchIndex {
    static final int SUMMARY = 200;
    static final int MAX_COUNT = 5;
    static final int TITLE_WEIGHT = 5;
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private final Map<String, Entry> entries = new ConcurrentSkipListMap<>();
    /** One instance of each token, shared by the pages that have it. */
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    /** One page as the search page's script reads it. */
    record Document(@JsonProperty("u") String path, @JsonProperty("t") String title, @JsonProperty("s") String section,
                    @JsonProperty("l") String language, @JsonProperty("b") String summary) {
    }

    /** A page and its tokens, each with its weight on the page. */
    private record Entry(Document document, String[] terms, byte[] weights) {
    }

    /** A page whose text is the text of the HTML fragment {@code contentHtml}. */
    public void add(String path, String title, String section, Language language, String contentHtml) {
        addText(path, title, section, language, text(contentHtml));
    }

    /**
     * The text of an HTML fragment the generator wrote: tags become spaces, the content of
     * {@code script}, {@code style} and {@code template} elements is dropped (an exercise page's
     * check data is a script), the five entities the escaping writes are decoded, others are kept
     * as written. Linear and far cheaper than parsing the fragment into a document, which matters
     * for a site of thousands of pages; only words matter to the index.
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
                String skipTo = rawTextEnd(html, i + 1);
                out.append(' ');
                i = end;
                if (skipTo != null) {
                    int close = indexOfIgnoreCase(html, skipTo, end + 1);
                    if (close < 0) {
                        break;
                    }
                    int closeEnd = html.indexOf('>', close);
                    if (closeEnd < 0) {
                        break;
                    }
                    i = closeEnd;
                }
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

    /** The closing tag to skip to when the tag at {@code from} opens an element whose content is not text. */
    private static String rawTextEnd(String html, int from) {
        for (String name : new String[] {"script", "style", "template"}) {
            int end = from + name.length();
            if (end < html.length() && html.regionMatches(true, from, name, 0, name.length())) {
                char next = html.charAt(end);
                if (next == '>' || next == ' ' || next == '\t' || next == '\n' || next == '/') {
                    return "</" + name;
                }
            }
        }
        return null;
    }

    private static int indexOfIgnoreCase(String text, String what, int from) {
        for (int i = from; i + what.length() <= text.length(); i++) {
            i = text.indexOf('<', i);
            if (i < 0) {
                return -1;
            }
            if (text.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    /** A page whose text is given (a park page, summarised from its data; a glossary term), not extracted from HTML. */
    void addText(String path, String title, String section, Language language, String plainText) {
        // only the summary needs its spaces tidied; the tokenizer skips them anyway
        String summary = WHITESPACE.matcher(plainText.length() > 4 * SUMMARY ? plainText.substring(0, 4 * SUMMARY) : plainText)
                .replaceAll(" ").strip();
        String text = plainText;
        if (summary.length() > SUMMARY) {
            int cut = summary.lastIndexOf(' ', SUMMARY);
            summary = summary.substring(0, cut > 0 ? cut : SUMMARY) + " …";
        } else if (plainText.length() > 4 * SUMMARY) {
            summary = summary + " …";
        }
        Map<String, int[]> counts = new HashMap<>();
        SearchTokenizer.tokens(text, t -> counts.computeIfAbsent(t, k -> new int[1])[0]++);
        SearchTokenizer.tokens(title, t -> counts.computeIfAbsent(t, k -> new int[1])[0] |= 1 << 30);
        String[] terms = new String[counts.size()];
        byte[] weights = new byte[counts.size()];
        int i = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int count = e.getValue()[0];
            boolean inTitle = (count & (1 << 30)) != 0;
            count &= ~(1 << 30);
            terms[i] = tokens.computeIfAbsent(e.getKey(), k -> k);
            weights[i] = (byte) (Math.max(1, Math.min(count, MAX_COUNT)) + (inTitle ? TITLE_WEIGHT : 0));
            i++;
        }
        entries.put(path, new Entry(new Document(path, title, section, language.code(), summary), terms, weights));
    }

    /** Drops a page (a preview rebuild removes the pages of a park that is gone). */
    public void remove(String path) {
        entries.remove(path);
    }

    public int size() {
        return entries.size();
    }

    /** The tokens a page was indexed under (for tests). */
    List<String> termsOf(String path) {
        Entry e = entries.get(path);
        return e == null ? List.of() : Arrays.stream(e.terms()).sorted().toList();
    }

    /**
     * The script {@code assets/search-index.js}:
     * {@code window.PARKBENCH_SEARCH = {"docs":[...],"terms":[...],"postings":[...]};}.
     */
    public String script() {
        List<Document> docs = new ArrayList<>(entries.size());
        TreeMap<String, StringBuilder> postings = new TreeMap<>();
        Map<String, int[]> last = new HashMap<>();
        int number = 0;
        for (Entry e : entries.values()) {
            docs.add(e.document());
            for (int i = 0; i < e.terms().length; i++) {
                String term = e.terms()[i];
                StringBuilder list = postings.computeIfAbsent(term, k -> new StringBuilder());
                int[] previous = last.computeIfAbsent(term, k -> new int[] {0});
                if (list.length() > 0) {
                    list.append(',');
                }
                list.append(Integer.toString(number - previous[0], 36));
                previous[0] = number;
                if (e.weights()[i] != 1) {
                    list.append(':').append(e.weights()[i]);
                }
            }
            number++;
        }
        List<String> terms = new ArrayList<>(postings.keySet());
        List<String> lists = new ArrayList<>(postings.size());
        postings.values().forEach(b -> lists.add(b.toString()));
        return "window.PARKBENCH_SEARCH = {\"docs\":" + DeterministicJson.elementPerLine(docs) + ",\n\"terms\":"
                + DeterministicJson.compact(terms) + ",\n\"postings\":" + DeterministicJson.compact(lists) + "};\n";
    }
}
