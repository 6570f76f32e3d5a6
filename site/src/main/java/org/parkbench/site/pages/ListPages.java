package org.parkbench.site.pages;

import java.util.ArrayList;
import java.util.List;
import org.parkbench.site.output.SitePaths;

/**
 * A long list split over pages of a fixed number of rows ({@code parks.html},
 * {@code parks-2.html} …), with a pager that links the first and last pages, the current page's
 * neighbours and the previous and next page: a fixed number of links however long the list, and
 * every page reachable without script.
 */
public final class ListPages {
    /** A link in the pager; {@code gap} stands for skipped pages. */
    public record PageLink(String label, String href, boolean current, boolean gap) {
    }

    /** The pager of one page: "Parks 101–200 of 10,000" and the links. {@code several} is false for a one-page list. */
    public record Pager(String label, List<PageLink> pages, Views.Link previous, Views.Link next, boolean several) {
        public boolean hasPrevious() {
            return previous != null;
        }

        public boolean hasNext() {
            return next != null;
        }
    }

    private ListPages() {
    }

    /** The rows of each page, in order; one (possibly empty) page at least. */
    static <T> List<List<T>> split(List<T> rows, int perPage) {
        List<List<T>> pages = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += perPage) {
            pages.add(rows.subList(from, Math.min(rows.size(), from + perPage)));
        }
        if (pages.isEmpty()) {
            pages.add(List.of());
        }
        return pages;
    }

    /**
     * The pager of page {@code number} (from 1) of {@code count} pages of {@code perPage} rows,
     * {@code total} in all, labelled by the message {@code labelKey} ("Parks {0}–{1} of {2}").
     */
    static Pager pager(PageText t, String first, int number, int count, int perPage, int total, String labelKey) {
        int from = (number - 1) * perPage + 1;
        int to = Math.min(total, number * perPage);
        String label = count <= 1 ? "" : t.format(labelKey, from, to, total);
        List<PageLink> links = new ArrayList<>();
        int last = 0;
        for (int p = 1; p <= count; p++) {
            if (p == 1 || p == count || Math.abs(p - number) <= 2) {
                if (last > 0 && p > last + 1) {
                    links.add(new PageLink("…", "", false, true));
                }
                links.add(new PageLink(String.valueOf(p), SitePaths.listPage(first, p), p == number, false));
                last = p;
            }
        }
        Views.Link previous = number > 1 ? new Views.Link(t.text("pager.previous"), SitePaths.listPage(first, number - 1)) : null;
        Views.Link next = number < count ? new Views.Link(t.text("pager.next"), SitePaths.listPage(first, number + 1)) : null;
        return new Pager(label, links, previous, next, count > 1);
    }
}
