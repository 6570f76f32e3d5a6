package org.parkbench.site.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What a reader's browser loads for one page, figures aside: the HTML without its {@code <figure>}
 * elements (image, caption and data table), plus every stylesheet and script the page links, each
 * once. Figure images are files of their own and do not count either, nor does the search index
 * ({@code assets/search-index.js}, which only the search page loads): it holds every page's whole
 * text and grows with the course, so it has a budget of its own, measured by {@code bench/search.sh}
 * (at most 3 MB per 1,000 parks and language; {@code docs/decisions/012-search.md}).
 */
public final class PageWeight {
    /** The budget of decision 013 (it was 100 KB in decision 005, before the phone, print and points of issue 15). */
    public static final long LIMIT = 110 * 1024;
    private static final String SEARCH_INDEX = "assets/search-index.js";
    private static final Pattern FIGURE = Pattern.compile("(?s)<figure\\b.*?</figure>");

    private PageWeight() {
    }

    public static long of(Path page) throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        long bytes = Files.size(page);
        Matcher figures = FIGURE.matcher(html);
        while (figures.find()) {
            bytes -= figures.group().getBytes(StandardCharsets.UTF_8).length;
        }
        Set<Path> linked = new TreeSet<>();
        for (Element e : Jsoup.parse(html).select("script[src], link[rel=stylesheet][href]")) {
            linked.add(page.getParent().resolve(e.hasAttr("src") ? e.attr("src") : e.attr("href")).normalize());
        }
        linked.remove(page.getParent().resolve(SEARCH_INDEX).normalize());
        for (Path file : linked) {
            bytes += Files.size(file);
        }
        return bytes;
    }
}
