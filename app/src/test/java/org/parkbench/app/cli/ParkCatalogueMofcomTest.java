package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One fact, one place: the park catalogue's MOFCOM column agrees with the overview's zone table,
 * which marks Suez TEDA (second batch, Xinhua 2018) and Haier–Ruba (International Business Daily 2015)
 * verified without a year, and Sihanoukville confirmed in 2009.
 */
class ParkCatalogueMofcomTest {

    @Test
    void parksTheZoneTableMarksConfirmedAreConfirmedInTheCatalogueToo(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        CommandRun run = CommandRun.of("build", "--no-figures", "--out", site.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path out = site.resolve("en");
        Document doc = Jsoup.parse(out.resolve("parks.html").toFile(), "UTF-8");
        Element table = doc.getElementById("park-table");
        List<String> headers = table.select("thead th").eachText();
        int mofcom = headers.indexOf("MOFCOM");
        assertThat(mofcom).isNotNegative();

        assertThat(cell(table, "suez-teda", mofcom)).isEqualTo("Confirmed (year not given)");
        assertThat(cell(table, "haier-ruba", mofcom)).isEqualTo("Confirmed (year not given)");
        assertThat(cell(table, "sihanoukville-sez", mofcom)).isEqualTo("2009");
        // the Eastern Industrial Zone is only partly verified and is not Huajian's park
        assertThat(cell(table, "huajian-dukem", mofcom)).isEmpty();

        // no source in the cases' sources assigns Suez or Huajian's parks a Belt and Road corridor
        for (String park : new String[] {"suez-teda-zone", "huajian-dukem", "huajian-lebu"}) {
            Document page = Jsoup.parse(out.resolve("parks/" + park + ".html").toFile(), "UTF-8");
            assertThat(page.select("dt:containsOwn(Corridor) + dd").text()).as(park).startsWith("Not assigned by the sources");
        }
        // the park's own page names the confirmation's source (a newspaper), not only the park's source
        Document suez = Jsoup.parse(out.resolve("parks/suez-teda-zone.html").toFile(), "UTF-8");
        Element confirmed = suez.selectFirst("dt:containsOwn(Confirmed by MOFCOM) + dd");
        assertThat(confirmed).isNotNull();
        assertThat(confirmed.text()).startsWith("Confirmed (year not given)");
        assertThat(confirmed.select("a.src").attr("href")).contains("references");
        assertThat(suez.select("dt:containsOwn(Note) + dd").text()).contains("second-batch");
        Document ruba = Jsoup.parse(out.resolve("parks/haier-ruba-zone.html").toFile(), "UTF-8");
        assertThat(ruba.select("dt:containsOwn(Corridor) + dd").text()).startsWith("Silk Road Economic Belt");
    }

    private static String cell(Element table, String parkHrefPart, int column) {
        Element row = table.select("tbody tr").stream()
                .filter(tr -> tr.select("th a").attr("href").contains(parkHrefPart))
                .findFirst().orElseThrow(() -> new AssertionError("no catalogue row for " + parkHrefPart));
        return row.select("th, td").get(column).text();
    }
}
