package org.parkbench.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.parkbench.core.analysis.StakeStructure;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.CasebookLoad;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Classification;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Event;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.ResolvedCitation;
import org.parkbench.core.model.Sector;
import org.parkbench.core.model.Source;
import org.parkbench.core.model.Stake;
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseCases;
import org.parkbench.site.course.CourseLoader;

/**
 * Writes the Hugo side of the benchmark: a Hugo site holding the same pages Parkbench builds from
 * a synthetic course, as Markdown. One page per park with what Parkbench's park page shows: the
 * park at a glance, its fact box, its stakes and ownership period by period, the classifier's
 * reading (scores, verdict, the rules that fired), its timeline, every figure's source as a link
 * with the source's title, a table of contents and links to the previous and next park; one page
 * per case (its narrative and a table of its parks); layouts with Parkbench's head, header (search
 * form, theme button, the nine-item navigation marking the current section) and footer; and a
 * paginated list of parks (80 a page, as the park catalogue). The page's content is Markdown
 * (Goldmark renders it), the frame Go templates, as a Hugo site would be written. No taxonomies,
 * RSS or sitemap: Parkbench writes none.
 *
 * <p>Usage: {@code HugoSite COURSE_FILE HUGO_DIR}.
 */
public final class HugoSite {
    private HugoSite() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: HugoSite COURSE_FILE HUGO_DIR");
            System.exit(2);
        }
        Path courseFile = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]);
        Course course = CourseLoader.load(courseFile);
        CasebookLoad load = CasebookLoader.load(CourseCases.inputs(course, List.of(), courseFile.getParent()));
        if (load.casebook().hasErrors()) {
            throw new IllegalStateException("the course does not load: " + load.casebook().errors());
        }
        int pages = write(load.casebook().value(), out);
        System.out.println(pages);
    }

    /** Writes the Hugo site; returns the number of content pages. */
    static int write(Casebook book, Path out) throws IOException {
        Files.createDirectories(out.resolve("content/parks"));
        Files.createDirectories(out.resolve("content/cases"));
        Files.createDirectories(out.resolve("layouts/_default"));
        Files.writeString(out.resolve("config.toml"), """
                baseURL = "/"
                title = "Synthetic course"
                disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
                paginate = 80
                [markup.goldmark.renderer]
                unsafe = false
                [markup.tableOfContents]
                startLevel = 2
                endLevel = 2
                [params]
                institution = "Parkbench test bench"
                term = "Synthetic term"
                lecturer = "parkbench synth"
                """ + NAV);
        Files.writeString(out.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'">
                <meta name="referrer" content="no-referrer">
                <title>{{ .Title }} · {{ .Site.Title }}</title>
                <meta name="description" content="{{ .Description }}">
                <link rel="icon" href="{{ "assets/favicon.svg" | relURL }}" type="image/svg+xml">
                <link rel="stylesheet" href="{{ "assets/site.css" | relURL }}">
                <script src="{{ "assets/site.js" | relURL }}"></script>
                </head>
                <body>
                <a class="skip-link" href="#main">Skip to main content</a>
                <header class="site-header">
                <div class="header-bar">
                <a class="brand" href="{{ "/" | relURL }}"><span class="brand-mark" aria-hidden="true">&#9703;</span> {{ .Site.Title }}</a>
                <div class="header-tools">
                <form class="quick-search" role="search" action="{{ "search/" | relURL }}" method="get">
                <label for="quick-q" class="visually-hidden">Search the course</label>
                <input id="quick-q" name="q" type="search" placeholder="Search" autocomplete="off">
                <button type="submit">Search</button>
                </form>
                <button type="button" class="theme-toggle" id="theme-toggle" aria-pressed="false" hidden><span class="theme-icon" aria-hidden="true">&#9680;</span> <span class="theme-label">Dark mode</span></button>
                </div>
                </div>
                <nav class="site-nav" aria-label="Main">
                <ul>
                {{ $section := .Section }}{{ range .Site.Params.nav }}<li><a href="{{ .path | relURL }}"{{ if eq .section $section }} aria-current="page"{{ end }}>{{ .label }}</a></li>
                {{ end }}</ul>
                </nav>
                </header>
                <main id="main" tabindex="-1">
                {{ block "main" . }}{{ end }}
                </main>
                <footer class="site-footer">
                <p><strong>{{ .Site.Title }}</strong> · {{ .Site.Params.institution }} · {{ .Site.Params.term }} · {{ .Site.Params.lecturer }}</p>
                <p>Every figure on this site carries its source and as-of date; where sources disagree, both figures are shown. Data: <a href="{{ "data/" | relURL }}">CSV downloads</a> · <a href="{{ "references/" | relURL }}">references</a>.</p>
                </footer>
                </body>
                </html>
                """);
        Files.writeString(out.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<article class="case park-page">
                <header class="page-head"><p class="kicker">{{ .Params.kicker }}</p><h1>{{ .Title }}{{ with .Params.zh }} <span class="zh" lang="zh-Hans">{{ . }}</span>{{ end }}</h1>
                {{ with .Params.meta }}<p class="card-meta">{{ . }}</p>{{ end }}</header>
                <nav class="toc" aria-label="On this page"><h2>On this page</h2>{{ .TableOfContents }}</nav>
                {{ .Content }}
                {{ if eq .Section "parks" }}<nav class="pager" aria-label="Parks of this case">
                {{ with .NextInSection }}<a class="prev" rel="prev" href="{{ .RelPermalink }}"><span>Previous park</span> {{ .Title }}</a>{{ end }}
                {{ with .PrevInSection }}<a class="next" rel="next" href="{{ .RelPermalink }}"><span>Next park</span> {{ .Title }}</a>{{ end }}
                </nav>{{ end }}
                </article>{{ end }}
                """);
        Files.writeString(out.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>
                <ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.kicker }}</li>{{ end }}</ul>
                {{ template "_internal/pagination.html" . }}{{ end }}
                """);
        Files.writeString(out.resolve("layouts/index.html"), """
                {{ define "main" }}<h1>{{ .Site.Title }}</h1><p><a href="{{ "/cases/" | relURL }}">Cases</a> · <a href="{{ "/parks/" | relURL }}">Parks</a></p>{{ end }}
                """);
        int pages = 0;
        int weight = 0;
        for (CaseStudy c : book.cases()) {
            try (Writer md = Files.newBufferedWriter(out.resolve("content/cases/" + c.id() + ".md"), StandardCharsets.UTF_8)) {
                md.write(front(c.meta().title(), "Case"));
                md.write(uncited(c));
                md.write("\n\n## Parks\n\n| park | country | model | status |\n|---|---|---|---|\n");
                for (Park p : c.parks()) {
                    md.write("| [" + p.nameEn() + "](/parks/" + p.id() + "/) | " + p.country() + " | " + p.model().label() + " | "
                            + p.status().label() + " |\n");
                }
            }
            pages++;
            for (Park p : c.parks()) {
                try (Writer md = Files.newBufferedWriter(out.resolve("content/parks/" + p.id() + ".md"), StandardCharsets.UTF_8)) {
                    md.write(park(c, p, ++weight, c.observations(p.id()), c.stakes(p.id()), c.events(p.id())));
                }
                pages++;
            }
        }
        return pages;
    }

    /** The narrative with each citation (as core placed it) written "(cited)": Hugo has no data to look it up in. */
    private static String uncited(CaseStudy c) {
        StringBuilder text = new StringBuilder(c.narrative().length());
        int at = 0;
        for (ResolvedCitation citation : c.citations()) {
            text.append(c.narrative(), at, citation.citation().start()).append("(cited)");
            at = citation.citation().end();
        }
        return text.append(c.narrative(), at, c.narrative().length()).toString();
    }

    private static String front(String title, String kicker) {
        return "---\ntitle: \"" + title.replace("\"", "'") + "\"\nkicker: \"" + kicker + "\"\n---\n\n";
    }

    private static String park(CaseStudy c, Park p, int weight, List<Observation> obs, List<Stake> stakes, List<Event> events) {
        StringBuilder md = new StringBuilder(8192).append("---\ntitle: \"").append(p.nameEn().replace("\"", "'"))
                .append("\"\nkicker: \"Park · ").append(c.meta().title().replace("\"", "'"))
                .append("\"\nzh: \"").append(p.nameZh().replace("\"", "'"))
                .append("\"\nmeta: \"").append(p.model().label()).append(p.variantIfAny().map(v -> " · " + v.label()).orElse(""))
                .append(" · ").append(p.country()).append(" · ").append(p.status().label())
                .append("\"\ndescription: \"A park of ").append(c.meta().title().replace("\"", "'"))
                .append(": profile, figures, stakes and milestones.\"\nweight: ").append(weight).append("\n---\n\n");
        md.append("## At a glance\n\n");
        md.append("- **Host country**: ").append(p.country()).append(p.location().place().isEmpty() ? "" : " — " + p.location().place()).append('\n');
        md.append("- **Model**: [").append(p.model().label()).append("](/models/").append(p.model().word()).append("/)")
                .append(p.variantIfAny().map(v -> " " + v.label()).orElse("")).append('\n');
        md.append("- **Status**: ").append(p.status().label()).append('\n');
        md.append("- **Established**: ").append(p.established() == null ? "not known" : p.established()).append('\n');
        md.append("- **Corridor**: ").append(p.corridorLabel()).append('\n');
        md.append("- **Sectors**: ").append(String.join(", ", p.sectors().stream().map(Sector::label).toList())).append('\n');
        md.append("- **Home province**: ").append(p.homeProvince()).append('\n');
        md.append("- **Source**: ").append(source(c, p.source())).append("\n\n");
        md.append("Read the case: [").append(c.meta().title()).append("](/cases/").append(c.id()).append("/).\n\n");
        md.append("## Fact box\n\nEach figure as its source reports it, with the date it refers to. Figures marked *sources differ*"
                + " are reported differently by different sources for the same date: both are kept.\n\n");
        md.append("| Indicator | Value | As of | Source | Note |\n|---|---:|---|---|---|\n");
        for (Observation o : obs) {
            md.append("| ").append(o.indicator().label()).append(" | ").append(o.qualifier().label()).append(' ')
                    .append(o.value()).append(' ').append(o.unit().label()).append(" | ").append(o.asOf()).append(" | ")
                    .append(source(c, o.source())).append(" | ").append(cell(o.note())).append(" |\n");
        }
        md.append("\n## Stake structure\n\nWho initiated, developed, owned, financed and operated each park, over which period."
                + " Shares are given only where a source states them.\n\n");
        md.append("| Actor | Kind | Role | Share | Period | Source |\n|---|---|---|---:|---|---|\n");
        for (Stake s : stakes) {
            md.append("| ").append(s.actor().name()).append(s.note().isEmpty() ? "" : " (" + cell(s.note()) + ")").append(" | ")
                    .append(s.actor().kind().label()).append(" | ").append(s.role().label())
                    .append(" | ").append(s.share().map(x -> x + " %").orElse("")).append(" | since ").append(s.from())
                    .append(s.until() == null ? "" : " until " + s.until()).append(" | ").append(source(c, s.source())).append(" |\n");
        }
        md.append("\n**").append(p.nameEn()).append(": developer and owner stakes over time**\n\n| Period | Held by | Unattributed |\n|---|---|---:|\n");
        for (StakeStructure.Period period : StakeStructure.of(stakes).periods()) {
            md.append("| since ").append(period.from()).append(period.end().map(e -> " until " + e).orElse("")).append(" | ");
            md.append(String.join("; ", period.holdings().stream().map(h -> h.actor().name() + " ("
                    + h.role().label().toLowerCase(Locale.ROOT) + ", " + h.share().map(x -> x + " %").orElse("share not known") + ")")
                    .toList()));
            md.append(" | ").append(period.unattributed().map(x -> x + " %").orElse("")).append(" |\n");
        }
        Classification k = c.classification(p.id()).orElseThrow();
        md.append("\n### How the stakes read\n\nA rule-based reading of who holds which stake: each rule that holds adds weight to a"
                + " model. Compare it with the declared model and with the narrative.\n\n");
        md.append("**").append(p.nameEn()).append("**").append(k.asOf().map(d -> " stakes as of " + d).orElse("")).append("\n\n");
        for (DevelopmentModel m : DevelopmentModel.values()) {
            md.append("- [").append(m.label()).append("](/models/").append(m.word()).append("/): ")
                    .append(Math.round(k.score(m) * 100)).append(" %\n");
        }
        md.append("\nReading: **").append(k.top().map(DevelopmentModel::label).orElse("none")).append("**")
                .append(k.disagrees() ? " — differs from the declared model (" + p.model().label() + ")" : "").append("\n\n");
        k.fired().stream().map(f -> f.explanation(Language.EN)).forEach(f -> md.append("- ").append(f).append('\n'));
        k.context().stream().map(n -> n.explanation(Language.EN)).forEach(f -> md.append("- *").append(f).append("*\n"));
        md.append("\n## Timeline\n\n");
        for (Event e : events) {
            md.append("1. **").append(e.date()).append("** ").append(e.text()).append(' ').append(source(c, e.source())).append('\n');
        }
        return md.toString();
    }

    /** A source as Parkbench's pages link it: its short label, its title on hover, to the references page. */
    private static String source(CaseStudy c, String key) {
        Source s = c.sources().get(key);
        if (s == null) {
            return key;
        }
        String label = (s.authors().isEmpty() ? s.publisher() : s.authors()) + ", " + s.year();
        return "[" + cell(label) + "](/references/#ref-" + key + " \"" + s.title().replace("\"", "'") + "\")";
    }

    /** Text safe inside a Markdown table cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static final String NAV = """
            [[params.nav]]
            label = "Home"
            path = "/"
            section = "home"
            [[params.nav]]
            label = "Models"
            path = "/models/"
            section = "models"
            [[params.nav]]
            label = "Cases"
            path = "/#learning-path"
            section = "cases"
            [[params.nav]]
            label = "Compare"
            path = "/compare/"
            section = "compare"
            [[params.nav]]
            label = "Parks"
            path = "/parks/"
            section = "parks"
            [[params.nav]]
            label = "Exercises"
            path = "/exercises/"
            section = "exercises"
            [[params.nav]]
            label = "Data"
            path = "/data/"
            section = "data"
            [[params.nav]]
            label = "Glossary"
            path = "/glossary/"
            section = "glossary"
            [[params.nav]]
            label = "References"
            path = "/references/"
            section = "references"
            """;
}
