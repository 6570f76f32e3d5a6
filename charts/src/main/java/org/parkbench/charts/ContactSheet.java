package org.parkbench.charts;

import static org.parkbench.charts.FigureRenderer.escape;

import java.util.List;
import java.util.Set;

/**
 * The {@code index.html} of an exported figure folder: every figure with its title, caption,
 * source line and alt text, and links to its SVG, PNG and CSV. Plain, escaped HTML with its style
 * inline: it opens from {@code file://} and asks nothing of the network.
 */
final class ContactSheet {
    private ContactSheet() {
    }

    static String html(List<Figure> figures, List<FigureProblem> problems, Set<Format> formats) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Parkbench figures</title>\n<style>\n")
                .append("body{font-family:'DejaVu Sans',Verdana,sans-serif;color:#222;max-width:80rem;margin:2rem auto;padding:0 1rem;line-height:1.45}\n")
                .append("main{display:grid;grid-template-columns:repeat(auto-fill,minmax(24rem,1fr));gap:2rem}\n")
                .append("figure{margin:0;border-top:1px solid #ddd;padding-top:1rem}\n")
                .append("img{width:100%;height:auto}\n")
                .append("figcaption p{margin:.3rem 0}.source,.alt{color:#555;font-size:.9rem}\n")
                .append("code{font-size:.85rem}\n</style>\n</head>\n<body>\n")
                .append("<h1>Parkbench figures</h1>\n<p>").append(figures.size())
                .append(figures.size() == 1 ? " figure" : " figures")
                .append(". Each links to its picture and to its data as CSV.</p>\n");
        if (!problems.isEmpty()) {
            b.append("<section aria-labelledby=\"problems\">\n<h2 id=\"problems\">Figures that could not be drawn</h2>\n<ul>\n");
            for (FigureProblem p : problems) {
                b.append("<li>").append(escape(p.message())).append("</li>\n");
            }
            b.append("</ul>\n</section>\n");
        }
        b.append("<main>\n");
        String picture = formats.contains(Format.SVG) ? "svg" : "png";
        for (Figure f : figures) {
            String id = escape(f.id());
            b.append("<figure id=\"").append(id).append("\">\n")
                    .append("<h2>").append(escape(f.title())).append("</h2>\n")
                    .append("<img src=\"").append(id).append('.').append(picture).append("\" alt=\"")
                    .append(escape(f.altText())).append("\" width=\"").append(f.width()).append("\" height=\"")
                    .append(f.height()).append("\" loading=\"lazy\">\n")
                    .append("<figcaption>\n<p>").append(escape(f.caption())).append("</p>\n")
                    .append("<p class=\"source\">").append(escape(f.sourceLine())).append("</p>\n")
                    .append("<p class=\"alt\">Text alternative: ").append(escape(f.altText())).append("</p>\n")
                    .append("<p><code>").append(id).append("</code>");
            for (Format format : formats) {
                b.append(" · <a href=\"").append(id).append('.').append(format.extension()).append("\">")
                        .append(format.name()).append("</a>");
            }
            b.append(" · <a href=\"").append(id).append(".csv\">CSV</a></p>\n</figcaption>\n</figure>\n");
        }
        b.append("</main>\n</body>\n</html>\n");
        return b.toString();
    }
}
