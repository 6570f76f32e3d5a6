package org.parkbench.site.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The figures of a build as pages show them: the image (SVG, or PNG where SVG will not do), its alt
 * text, caption and source line, its data as a table, and the CSV of that data. SiteFigures that belong
 * to no case (the general ones) are kept for the home and comparison pages; a case's figures are
 * made by the job that writes the case's pages and dropped when it is done, leaving only a short
 * {@link FileEntry} for the data page and {@code datapackage.json}, so a build never holds the
 * figures of every park at once.
 */
public final class SiteFigures {
    /** Rows of a figure's data shown in the page; larger tables are the CSV download only. */
    public static final int TABLE_ROWS = 60;

    /** One figure, with paths relative to the site root; {@code parkId} is empty for a figure about no one park. */
    public record FigureView(String id, String title, String caption, String sourceLine, String altText, String image,
                             String csv, List<String> headers, List<List<String>> rows, String caseId, String parkId, int rowCount) {
        public FigureView {
            headers = List.copyOf(headers);
            rows = rowCount > TABLE_ROWS ? List.of() : rows.stream().map(List::copyOf).toList();
            caseId = caseId == null ? "" : caseId;
            parkId = parkId == null ? "" : parkId;
        }

        /** Whether the page shows the data as a table (else only the CSV download: the table is too long for a page). */
        public boolean tableInline() {
            return rowCount <= TABLE_ROWS;
        }

        public FileEntry file() {
            return new FileEntry(id, title, caption, image, csv, headers, rowCount, parkId);
        }
    }

    /** A figure's files: the CSV as the data page and {@code datapackage.json} describe it, and the image. */
    public record FileEntry(String id, String title, String caption, String image, String csv, List<String> headers, int rows,
                            String parkId) {
    }

    private final List<FigureView> general;
    private final Map<String, List<FileEntry>> caseFiles;

    public SiteFigures(List<FigureView> general) {
        this(general, new ConcurrentHashMap<>());
    }

    private SiteFigures(List<FigureView> general, Map<String, List<FileEntry>> caseFiles) {
        this.general = List.copyOf(general);
        this.caseFiles = caseFiles;
    }

    /** The same case figures with other general ones (a preview's update), sharing the record of case figures. */
    public SiteFigures withGeneral(List<FigureView> other) {
        return new SiteFigures(other, caseFiles);
    }

    public static SiteFigures none() {
        return new SiteFigures(List.of());
    }

    /** The figures that belong to no case. */
    public List<FigureView> general() {
        return general;
    }

    public Optional<FigureView> byId(String id) {
        return general.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** Records the figure files a case's job wrote. */
    public void register(String caseId, List<FigureView> views) {
        registerFiles(caseId, views.stream().map(FigureView::file).toList());
    }

    public void registerFiles(String caseId, List<FileEntry> files) {
        caseFiles.put(caseId, List.copyOf(files));
    }

    /** The figure files of one case, as last recorded. */
    public List<FileEntry> caseFiles(String caseId) {
        return caseFiles.getOrDefault(caseId, List.of());
    }

    /** Every figure file: the general ones, then each case's in {@code caseOrder}. */
    public List<FileEntry> files(List<String> caseOrder) {
        List<FileEntry> out = new ArrayList<>();
        general.forEach(f -> out.add(f.file()));
        caseOrder.forEach(id -> out.addAll(caseFiles.getOrDefault(id, List.of())));
        return out;
    }
}
