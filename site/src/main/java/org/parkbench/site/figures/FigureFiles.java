package org.parkbench.site.figures;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.parkbench.charts.DataTable;
import org.parkbench.charts.Figure;
import org.parkbench.charts.FigureCatalogue;
import org.parkbench.charts.FigureContribution;
import org.parkbench.charts.FigureRenderer;
import org.parkbench.core.analysis.Withholding;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.site.output.FigureCache;
import org.parkbench.site.output.RenderPool;
import org.parkbench.site.output.SiteFiles;
import org.parkbench.site.output.SitePaths;

/**
 * Renders the figure catalogue of a casebook (the charts module) into the site: an SVG per figure
 * under {@code figures/} (shown with {@code <img>}, so a figure can never run script in a page) and
 * the CSV of its data under {@code data/figures/}. The general figures are made once, a case's
 * figures by the job that writes that case ({@link #ofCase}); each figure is drawn on its own
 * render thread with its own chart, and only if {@link FigureCache} has no identical drawing from
 * the previous build. A student site's figures leave out what its {@link Withholding} lists; such a
 * figure's data and texts differ from the instructor's, so the two never share a cached drawing.
 */
public final class FigureFiles {
    public static final String MAP_ID = "parks-map";

    private final SiteFiles files;
    private final FigureCache cache;
    private final RenderPool pool;
    private final List<FigureContribution> contributions;
    private final AtomicInteger drawn = new AtomicInteger();
    private final AtomicInteger written = new AtomicInteger();

    private final Language language;

    public FigureFiles(SiteFiles files, FigureCache cache, RenderPool pool) {
        this(files, cache, pool, Language.EN);
    }

    /** Figures drawn in {@code language}: their titles, labels, alt text, captions and tables. */
    public FigureFiles(SiteFiles files, FigureCache cache, RenderPool pool, Language language) {
        this(files, cache, pool, FigureCatalogue.contributions(FigureCatalogue.class.getClassLoader()), language);
    }

    public FigureFiles(SiteFiles files, FigureCache cache, RenderPool pool, List<FigureContribution> contributions) {
        this(files, cache, pool, contributions, Language.EN);
    }

    public FigureFiles(SiteFiles files, FigureCache cache, RenderPool pool, List<FigureContribution> contributions,
                       Language language) {
        this.files = files;
        this.cache = cache;
        this.pool = pool;
        this.contributions = List.copyOf(contributions);
        this.language = language;
    }

    /** The figures that span cases, without the values {@code withholding} lists, written. */
    public List<SiteFigures.FigureView> general(Casebook casebook, Withholding withholding) {
        return write(FigureCatalogue.general(casebook, contributions, withholding, language).figures());
    }

    /** One case's figures, without the values {@code withholding} lists, written. */
    public List<SiteFigures.FigureView> ofCase(CaseStudy c, Withholding withholding) {
        return write(FigureCatalogue.ofCase(c, contributions, withholding, language).figures());
    }

    /** The ids of a case's figures in catalogue order, from the recipes alone (no figure is built). */
    public List<String> order(CaseStudy c) {
        Casebook one = new Casebook(List.of(c));
        List<String> ids = new ArrayList<>();
        contributions.stream().filter(FigureContribution::perCase).forEach(x -> x.recipes(one).forEach(r -> ids.add(r.id())));
        return ids;
    }

    /** SiteFigures drawn in this build (the others were reused from the previous one). */
    public int drawn() {
        return drawn.get();
    }

    /** SiteFigures written in this build, drawn or reused. */
    public int written() {
        return written.get();
    }

    private List<SiteFigures.FigureView> write(List<Figure> figures) {
        ConcurrentHashMap<String, SiteFigures.FigureView> views = new ConcurrentHashMap<>();
        pool.forEach(figures, f -> views.put(f.id(), write(f)));
        List<SiteFigures.FigureView> ordered = new ArrayList<>();
        figures.forEach(f -> ordered.add(views.get(f.id())));
        return ordered;
    }

    private SiteFigures.FigureView write(Figure f) {
        String image = SitePaths.FIGURES + f.id() + ".svg";
        String csvPath = SitePaths.DATA_DIR + "figures/" + f.id() + ".csv";
        String csv = f.table().toCsv();
        String hash = FigureCache.hash(f, csv);
        var earlierImage = cache.reusable(f.id(), hash, image);
        var earlierCsv = cache.reusable(f.id(), hash, csvPath);
        if (earlierImage.isPresent() && earlierCsv.isPresent()) {
            files.reuse(image, earlierImage.get());
            files.reuse(csvPath, earlierCsv.get());
        } else {
            files.bytes(image, FigureRenderer.svg(f).getBytes(StandardCharsets.UTF_8));
            files.bytes(csvPath, csv.getBytes(StandardCharsets.UTF_8));
            drawn.incrementAndGet();
        }
        cache.record(f.id(), hash);
        written.incrementAndGet();
        return view(f);
    }

    /**
     * A figure as the pages show it, with the paths its SVG and CSV have in the site: what the site's
     * figure pages and the printed handouts (which draw the SVG themselves) both show.
     */
    public static SiteFigures.FigureView view(Figure f) {
        String image = SitePaths.FIGURES + f.id() + ".svg";
        String csvPath = SitePaths.DATA_DIR + "figures/" + f.id() + ".csv";
        DataTable t = f.table();
        List<String> headers = t.headers();
        List<List<String>> rows = new ArrayList<>();
        if (t.rows().size() <= SiteFigures.TABLE_ROWS) {
            for (List<Object> row : t.rows()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < t.columns().size(); i++) {
                    cells.add(t.text(row, i));
                }
                rows.add(cells);
            }
        }
        return new SiteFigures.FigureView(f.id(), f.title(), f.caption(), f.sourceLine(), f.altText(), image, csvPath,
                headers, rows, f.caseId().orElse(""), f.parkId().orElse(""), t.rows().size());
    }
}
