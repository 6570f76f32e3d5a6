package org.parkbench.site.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks a built site as a reader's browser would meet it: every internal href and src names a
 * file of the site, every #anchor an id on the target page, and nothing but an {@code <a>} points
 * outside the site (no script, style, image, font or CSS url() from elsewhere), and no page has an
 * inline script or style (JSON data blocks, which are not run, aside).
 */
public final class LinkChecker {
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)");
    private static final Pattern CSS_IMPORT = Pattern.compile("@import|@font-face");
    private final Path root;
    private final Map<Path, Set<String>> ids = new HashMap<>();

    public LinkChecker(Path root) {
        this.root = root;
    }

    /** Every problem found, one line each; empty when the site is sound. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (Path page : files(".html")) {
            Document doc = parse(page);
            for (Element e : doc.select("[href], [src], [srcset], [poster], [data], [action], [formaction]")) {
                for (String attr : List.of("href", "src", "srcset", "poster", "data", "action", "formaction")) {
                    if (e.hasAttr(attr)) {
                        check(page, e, attr, e.attr(attr), problems);
                    }
                }
            }
            for (Element e : doc.select("[style]")) {
                problems.add(where(page) + ": inline style attribute on <" + e.tagName() + ">");
            }
            for (Element e : doc.select("style")) {
                problems.add(where(page) + ": inline <style> element");
            }
            for (Element s : doc.select("script:not([src])")) {
                if (!s.attr("type").equals("application/json")) {
                    // a JSON data block is never run, so the CSP needs no 'unsafe-inline' for it
                    problems.add(where(page) + ": inline script");
                }
            }
        }
        for (Path css : files(".css")) {
            String text = read(css);
            Matcher m = CSS_URL.matcher(text);
            while (m.find()) {
                String url = m.group(1).strip();
                if (!url.startsWith("data:") || isExternal(url)) {
                    problems.add(where(css) + ": CSS url(" + url + ")");
                }
            }
            if (CSS_IMPORT.matcher(text).find()) {
                problems.add(where(css) + ": @import or @font-face");
            }
        }
        return problems;
    }

    private void check(Path page, Element e, String attr, String value, List<String> problems) {
        String v = value.strip();
        boolean anchor = e.tagName().equals("a") && attr.equals("href");
        if (isExternal(v)) {
            if (!anchor) {
                problems.add(where(page) + ": <" + e.tagName() + " " + attr + "=\"" + v + "\"> points outside the site");
            } else if (!v.startsWith("http://") && !v.startsWith("https://")) {
                problems.add(where(page) + ": link with scheme other than http(s): " + v);
            }
            return;
        }
        if (v.isEmpty()) {
            problems.add(where(page) + ": empty " + attr + " on <" + e.tagName() + ">");
            return;
        }
        if (v.startsWith("/")) {
            problems.add(where(page) + ": root-absolute " + attr + " " + v + " breaks under file://");
            return;
        }
        String path = v;
        String fragment = "";
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash + 1);
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Path target = path.isEmpty() ? page : page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        if (!target.startsWith(root)) {
            problems.add(where(page) + ": " + v + " leaves the site");
            return;
        }
        if (!Files.isRegularFile(target)) {
            problems.add(where(page) + ": " + attr + "=\"" + v + "\" names no file of the site");
            return;
        }
        if (!fragment.isEmpty() && target.toString().endsWith(".html")
                && !idsOf(target).contains(URLDecoder.decode(fragment, StandardCharsets.UTF_8))) {
            problems.add(where(page) + ": " + v + " — no id '" + fragment + "' on " + root.relativize(target));
        }
    }

    static boolean isExternal(String url) {
        try {
            URI uri = new URI(url.strip().replace(" ", "%20"));
            return uri.getScheme() != null || url.strip().startsWith("//");
        } catch (Exception e) {
            return url.contains(":");
        }
    }

    private Set<String> idsOf(Path page) {
        return ids.computeIfAbsent(page, p -> Set.copyOf(parse(p).select("[id]").eachAttr("id")));
    }

    private Document parse(Path page) {
        return Jsoup.parse(read(page), "");
    }

    private String where(Path file) {
        return root.relativize(file).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Path> files(String suffix) {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
