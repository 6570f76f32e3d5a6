package org.parkbench.site.render;

import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;

/**
 * The text of every searchable page, written as {@code assets/search-index.js}: a script that sets
 * one global array, so the search page can load it with {@code <script src>} from {@code file://},
 * where a fetch of a JSON file is not allowed. lunr builds its index from it in the browser.
 */
final class SearchIndex {
    static final int MAX_BODY = 1600;
    private final Map<String, String[]> documents = new TreeMap<>();

    void add(String path, String title, String section, String contentHtml) {
        String text = Jsoup.parseBodyFragment(contentHtml).text().replaceAll("\\s+", " ").strip();
        if (text.length() > MAX_BODY) {
            int cut = text.lastIndexOf(' ', MAX_BODY);
            text = text.substring(0, cut > 0 ? cut : MAX_BODY);
        }
        documents.put(path, new String[] {title, section, text});
    }

    int size() {
        return documents.size();
    }

    String script() {
        StringBuilder js = new StringBuilder("window.PARKBENCH_SEARCH = [\n");
        boolean first = true;
        for (Map.Entry<String, String[]> d : documents.entrySet()) {
            if (!first) {
                js.append(",\n");
            }
            first = false;
            js.append("{\"u\":").append(Json.string(d.getKey()))
                    .append(",\"t\":").append(Json.string(d.getValue()[0]))
                    .append(",\"s\":").append(Json.string(d.getValue()[1]))
                    .append(",\"b\":").append(Json.string(d.getValue()[2])).append('}');
        }
        return js.append("\n];\n").toString();
    }
}
