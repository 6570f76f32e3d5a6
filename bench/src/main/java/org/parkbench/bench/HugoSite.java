package org.parkbench.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkbench.core.load.CasebookLoad;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Event;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.Sector;
import org.parkbench.core.model.Stake;
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseCases;
import org.parkbench.site.course.CourseLoader;

/**
 * Writes the Hugo side of the benchmark: a Hugo site holding the same pages Parkbench builds from
 * a synthetic course, as Markdown. One page per park (the park at a glance as a list, its fact box,
 * stakes and timeline as Markdown tables and lists: the same rows as Parkbench's park page) and
 * one per case (its narrative and a table of its parks), with layouts that wrap each page in a
 * header, navigation and footer as Parkbench's layout does, and a paginated list of parks (80 a
 * page, as the park catalogue). No taxonomies, RSS or sitemap: Parkbench writes none.
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
                """);
        Files.writeString(out.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ .Title }} · {{ .Site.Title }}</title>
                <link rel="stylesheet" href="{{ "site.css" | relURL }}">
                </head>
                <body>
                <a class="skip-link" href="#main">Skip to main content</a>
                <header class="site-header"><a class="brand" href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
                <nav class="site-nav" aria-label="Main"><ul>
                <li><a href="{{ "/" | relURL }}">Home</a></li><li><a href="{{ "/cases/" | relURL }}">Cases</a></li>
                <li><a href="{{ "/parks/" | relURL }}">Parks</a></li></ul></nav></header>
                <main id="main">{{ block "main" . }}{{ end }}</main>
                <footer class="site-footer"><p>{{ .Site.Title }}. Every figure carries its source and as-of date.</p></footer>
                </body>
                </html>
                """);
        Files.writeString(out.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<article>
                <header class="page-head"><p class="kicker">{{ .Params.kicker }}</p><h1>{{ .Title }}</h1></header>
                {{ .Content }}
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
        for (CaseStudy c : book.cases()) {
            Map<String, List<Observation>> observations = new HashMap<>();
            c.observations().forEach(o -> observations.computeIfAbsent(o.park(), k -> new ArrayList<>()).add(o));
            Map<String, List<Stake>> stakes = new HashMap<>();
            c.stakes().forEach(s -> stakes.computeIfAbsent(s.park(), k -> new ArrayList<>()).add(s));
            Map<String, List<Event>> events = new HashMap<>();
            c.events().forEach(e -> events.computeIfAbsent(e.park(), k -> new ArrayList<>()).add(e));
            try (Writer md = Files.newBufferedWriter(out.resolve("content/cases/" + c.id() + ".md"), StandardCharsets.UTF_8)) {
                md.write(front(c.meta().title(), "Case"));
                md.write(c.narrative().replaceAll("\\{\\{(obs|src):[^}]*}}", "(cited)"));
                md.write("\n\n## Parks\n\n| park | country | model | status |\n|---|---|---|---|\n");
                for (Park p : c.parks()) {
                    md.write("| [" + p.nameEn() + "](/parks/" + p.id() + "/) | " + p.country() + " | " + p.model().label() + " | "
                            + p.status().label() + " |\n");
                }
            }
            pages++;
            for (Park p : c.parks()) {
                try (Writer md = Files.newBufferedWriter(out.resolve("content/parks/" + p.id() + ".md"), StandardCharsets.UTF_8)) {
                    md.write(park(c, p, observations.getOrDefault(p.id(), List.of()), stakes.getOrDefault(p.id(), List.of()),
                            events.getOrDefault(p.id(), List.of())));
                }
                pages++;
            }
        }
        return pages;
    }

    private static String front(String title, String kicker) {
        return "---\ntitle: \"" + title.replace("\"", "'") + "\"\nkicker: \"" + kicker + "\"\n---\n\n";
    }

    private static String park(CaseStudy c, Park p, List<Observation> obs, List<Stake> stakes, List<Event> events) {
        StringBuilder md = new StringBuilder(front(p.nameEn(), "Park · " + c.meta().title()));
        md.append("## At a glance\n\n");
        md.append("- **Host country**: ").append(p.country()).append(p.location().place().isEmpty() ? "" : " — " + p.location().place()).append('\n');
        md.append("- **Model**: ").append(p.model().label()).append(p.variantIfAny().map(v -> " (" + v.label() + ")").orElse("")).append('\n');
        md.append("- **Status**: ").append(p.status().label()).append('\n');
        md.append("- **Established**: ").append(p.established() == null ? "not known" : p.established()).append('\n');
        md.append("- **Corridor**: ").append(p.corridor().label()).append('\n');
        md.append("- **Sectors**: ").append(String.join(", ", p.sectors().stream().map(Sector::label).toList())).append('\n');
        md.append("- **Home province**: ").append(p.homeProvince()).append('\n');
        md.append("- **Source**: ").append(p.source()).append("\n\n");
        md.append("## Fact box\n\n| Indicator | Value | As of | Source | Note |\n|---|---:|---|---|---|\n");
        for (Observation o : obs) {
            md.append("| ").append(o.indicator().label()).append(" | ").append(o.qualifier().label()).append(' ')
                    .append(o.value()).append(' ').append(o.unit().label()).append(" | ").append(o.asOf()).append(" | ")
                    .append(o.source()).append(" | ").append(o.note()).append(" |\n");
        }
        md.append("\n## Stake structure\n\n| Actor | Kind | Role | Share | Period | Source |\n|---|---|---|---:|---|---|\n");
        for (Stake s : stakes) {
            md.append("| ").append(s.actor().name()).append(" | ").append(s.actor().kind().label()).append(" | ").append(s.role().label())
                    .append(" | ").append(s.share().map(x -> x + " %").orElse("")).append(" | ").append(s.from())
                    .append(s.until() == null ? " –" : " – " + s.until()).append(" | ").append(s.source()).append(" |\n");
        }
        md.append("\n## Timeline\n\n");
        for (Event e : events) {
            md.append("- **").append(e.date()).append("**: ").append(e.text()).append(" (").append(e.source()).append(")\n");
        }
        md.append("\nRead the case: [").append(c.meta().title()).append("](/cases/").append(c.id()).append("/).\n");
        return md.toString();
    }
}
