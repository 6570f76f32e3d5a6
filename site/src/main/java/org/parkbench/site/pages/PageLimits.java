package org.parkbench.site.pages;

/**
 * How far a page lets a list grow before it summarises, links or paginates, so that no page grows
 * with the size of the whole course: a site of ten thousand parks has ten thousand park pages, not
 * pages that each list ten thousand parks. The shipped course stays under every limit, so its
 * pages show everything inline.
 */
public final class PageLimits {
    /** A case with more parks lists them in a table and leaves their details to the park pages. */
    static final int INLINE_PARKS = 12;
    /** Rows per page of the park catalogue (about 650 bytes a row). */
    public static final int CATALOGUE_ROWS = 80;
    /** Rows per page of the comparison table (about 1,200 bytes a row: four figures, each with date and source). */
    public static final int COMPARE_ROWS = 50;
    /** Case cards a model page shows. */
    static final int MODEL_CASES = 24;
    /** Exemplar parks a model page lists. */
    static final int EXEMPLARS = 30;
    /** Park names a case card shows. */
    static final int CARD_PARK_NAMES = 6;
    /** Places a reference entry links back to. */
    static final int CITED_AT = 12;
    /** Figure CSV files the data page lists one by one; beyond, it lists the general figures and counts the rest. */
    static final int FIGURE_FILES_LISTED = 200;
    /** Parks whose classifier reasoning the instructor page spells out per case. */
    static final int CLASSIFIER_READINGS = 12;

    private PageLimits() {
    }
}
