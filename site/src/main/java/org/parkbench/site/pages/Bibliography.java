package org.parkbench.site.pages;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.ResolvedCitation;
import org.parkbench.core.model.Source;
import org.parkbench.core.model.Sourced;
import org.parkbench.site.output.SitePaths;

/**
 * The site's one list of references: every source of every case, merged where two cases cite the
 * same work under the same key, each with a stable anchor on the references page and the places
 * (case and section) that cite it, so the entry can link back to them.
 */
public final class Bibliography {

    /** A place on a case page that cites a source; {@code sectionKey} is the message that names the section ({@code cited.facts}…). */
    public record CitedAt(String caseId, String caseTitle, String section, String sectionKey) {
        public String href(String root) {
            return root + SitePaths.caseStudy(caseId) + "#" + section;
        }
    }

    /**
     * One reference: the source as the first case gives it, its anchor, where it is cited, and the cases
     * whose sources list it, in course order.
     */
    public record Entry(String anchor, Source source, List<CitedAt> citedAt, List<String> caseIds) {
        public String label() {
            return Bibliography.shortLabel(source);
        }

        public String link() {
            return ExternalLink.of(source.url()).orElse("");
        }

        public boolean hasLink() {
            return !link().isEmpty();
        }

        /** The places the entry links back to: the first {@link PageLimits#CITED_AT} of them. */
        public List<CitedAt> citedAtShown() {
            return citedAt.size() <= PageLimits.CITED_AT ? citedAt : citedAt.subList(0, PageLimits.CITED_AT);
        }

        /** How many more places cite the entry than {@link #citedAtShown()} lists. */
        public int citedAtMore() {
            return citedAt.size() - citedAtShown().size();
        }

        /** The link as a reader can read it: percent-escapes decoded where they decode cleanly, long ones shortened. */
        public String linkText() {
            String url = link();
            String shown;
            try {
                shown = java.net.URLDecoder.decode(url.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
                if (shown.indexOf('\uFFFD') >= 0) {
                    shown = url;
                }
            } catch (IllegalArgumentException e) {
                shown = url;
            }
            shown = shown.replaceFirst("^https?://(www\\.)?", "");
            return shown.length() > 70 ? shown.substring(0, 69) + "…" : shown;
        }
    }

    /**
     * The references of one case, or ({@code caseId} empty) those that several cases share: the
     * references page lists the shared sources first, then each case's own, in course order.
     */
    public record Group(String caseId, String caseTitle, List<Entry> entries) {
        public boolean shared() {
            return caseId.isEmpty();
        }

        /** The case page, from the site's root. */
        public String caseHref() {
            return SitePaths.caseStudy(caseId);
        }

        /** The heading's anchor on the references page: {@code refs-shared}, {@code refs-<case>}. */
        public String anchor() {
            return shared() ? "refs-shared" : "refs-" + caseId;
        }
    }

    private final List<Entry> entries;
    private final List<Group> groups;
    private final Map<String, Entry> byCaseAndKey = new HashMap<>();

    public Bibliography(Casebook casebook) {
        Map<String, Set<List<String>>> worksByKey = new HashMap<>();
        casebook.cases().forEach(c -> c.sources().values()
                .forEach(s -> worksByKey.computeIfAbsent(s.key(), k -> new HashSet<>()).add(work(s))));
        Map<String, Source> sourceByAnchor = new LinkedHashMap<>();
        Map<String, Set<CitedAt>> placesByAnchor = new HashMap<>();
        Map<String, String> anchorByCaseKey = new HashMap<>();
        Map<String, Set<String>> casesByAnchor = new HashMap<>();
        for (CaseStudy c : casebook.cases()) {
            Map<String, Set<CitedAt>> places = citations(c);
            for (Source s : c.sources().values()) {
                boolean keyShared = worksByKey.get(s.key()).size() > 1; // two cases use the key for different works
                String anchor = keyShared ? "ref-" + c.id() + "-" + s.key() : "ref-" + s.key();
                sourceByAnchor.putIfAbsent(anchor, s);
                placesByAnchor.computeIfAbsent(anchor, a -> new LinkedHashSet<>()).addAll(places.getOrDefault(s.key(), Set.of()));
                anchorByCaseKey.put(c.id() + "/" + s.key(), anchor);
                casesByAnchor.computeIfAbsent(anchor, a -> new LinkedHashSet<>()).add(c.id());
            }
        }
        this.entries = sourceByAnchor.entrySet().stream()
                .map(e -> new Entry(e.getKey(), e.getValue(), List.copyOf(placesByAnchor.get(e.getKey())),
                        List.copyOf(casesByAnchor.get(e.getKey()))))
                .sorted(Comparator.comparing((Entry e) -> sortKey(e.source())).thenComparing(Entry::anchor))
                .toList();
        Map<String, Entry> byAnchor = new HashMap<>();
        entries.forEach(e -> byAnchor.put(e.anchor(), e));
        anchorByCaseKey.forEach((caseKey, anchor) -> byCaseAndKey.put(caseKey, byAnchor.get(anchor)));
        List<Group> grouped = new java.util.ArrayList<>();
        List<Entry> shared = entries.stream().filter(e -> e.caseIds().size() > 1).toList();
        if (!shared.isEmpty()) {
            grouped.add(new Group("", "", shared));
        }
        for (CaseStudy c : casebook.cases()) {
            List<Entry> own = entries.stream().filter(e -> e.caseIds().equals(List.of(c.id()))).toList();
            if (!own.isEmpty()) {
                grouped.add(new Group(c.id(), c.meta().title(), own));
            }
        }
        this.groups = List.copyOf(grouped);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Every entry once, in groups: the sources several cases share, then each case's own in course order. */
    public List<Group> groups() {
        return groups;
    }

    /** The entry for a source key as a case uses it. */
    public Entry entry(String caseId, String key) {
        Entry e = byCaseAndKey.get(caseId + "/" + key);
        if (e == null) {
            throw new IllegalArgumentException("case " + caseId + " has no source " + key);
        }
        return e;
    }

    public boolean has(String caseId, String key) {
        return byCaseAndKey.containsKey(caseId + "/" + key);
    }

    /** The link from a page at {@code root} to the entry of a case's source. */
    public String href(String root, String caseId, String key) {
        return root + SitePaths.REFERENCES + "#" + entry(caseId, key).anchor();
    }

    /** "Xinhua, 2018": authors (first one, "et al." for more), else publisher, else title; and year. */
    public static String shortLabel(Source s) {
        String who;
        if (!s.authors().isBlank()) {
            String[] names = s.authors().split("\\s*(?:;|&|\\band\\b)\\s*");
            if (names.length == 1 && !s.authors().contains(".") && s.authors().contains(", ")) {
                // "Wuzhati Yeerken, Zhang Wei, Liu Zhigao": full names separated by commas
                names = s.authors().split("\\s*,\\s*");
            }
            who = names[0].strip() + (names.length > 1 ? " et al." : "");
        } else if (!s.publisher().isBlank()) {
            who = s.publisher().strip();
        } else {
            who = s.title().strip();
        }
        return s.year().isBlank() ? who : who + ", " + s.year().strip();
    }

    /** What makes two sources the same work: title, URL and year. */
    private static List<String> work(Source s) {
        return List.of(s.title(), s.url(), s.year());
    }

    private static String sortKey(Source s) {
        String who = !s.authors().isBlank() ? s.authors() : s.title();
        return (who + " " + s.year() + " " + s.title()).toLowerCase(Locale.ROOT);
    }

    private static Map<String, Set<CitedAt>> citations(CaseStudy c) {
        Map<String, Set<CitedAt>> out = new LinkedHashMap<>();
        java.util.function.BiConsumer<String, CitedAt> add = (key, at) -> out.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(at);
        String title = c.meta().title();
        CitedAt narrative = new CitedAt(c.id(), title, "narrative", "cited.narrative");
        for (ResolvedCitation citation : c.citations()) {
            citation.sourceKeys().forEach(key -> add.accept(key, narrative));
        }
        c.parks().forEach(p -> {
            add.accept(p.source(), new CitedAt(c.id(), title, "parks", "cited.profile"));
            if (!p.location().source().isBlank()) {
                add.accept(p.location().source(), new CitedAt(c.id(), title, "parks", "cited.profile"));
            }
        });
        boolean onParkPages = CasePages.compact(c); // the case page lists its parks; their details are on park pages
        addAll(add, c.observations(), onParkPages ? new CitedAt(c.id(), title, "parks", "cited.park-facts")
                : new CitedAt(c.id(), title, "facts", "cited.facts"));
        addAll(add, c.stakes(), onParkPages ? new CitedAt(c.id(), title, "parks", "cited.park-stakes")
                : new CitedAt(c.id(), title, "stakes", "cited.stakes"));
        addAll(add, c.events(), onParkPages ? new CitedAt(c.id(), title, "parks", "cited.park-timelines")
                : new CitedAt(c.id(), title, "timeline", "cited.timeline"));
        addAll(add, c.statistics(), new CitedAt(c.id(), title, "statistics", "cited.statistics"));
        addAll(add, c.zones(), new CitedAt(c.id(), title, "zones", "cited.zones"));
        return out;
    }

    private static void addAll(java.util.function.BiConsumer<String, CitedAt> add, List<? extends Sourced> facts, CitedAt at) {
        facts.stream().map(Sourced::source).filter(Objects::nonNull).distinct().forEach(k -> add.accept(k, at));
    }
}
