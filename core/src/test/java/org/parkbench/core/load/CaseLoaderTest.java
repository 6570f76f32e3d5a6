package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.model.CaseStatus;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.LocationPrecision;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Sector;
import org.parkbench.core.model.Unit;
import org.parkbench.core.model.Variant;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.Diagnostics;

class CaseLoaderTest {
    @TempDir
    Path temp;

    @Test
    void theValidFixtureBecomesACaseStudyWithEveryFactAndItsOrigin() {
        Loaded<CaseStudy> loaded = CaseLoader.load(new CaseInput(FixtureCase.VALID, "test-fixture"));
        assertThat(loaded.diagnostics()).extracting(Diagnostic::format).isEmpty();
        CaseStudy study = loaded.value();

        assertThat(study.id()).isEqualTo("test-fixture");
        assertThat(study.meta().status()).isEqualTo(CaseStatus.DRAFT);
        assertThat(study.meta().declaredModel()).isEqualTo(DevelopmentModel.PRIVATE_LED);
        assertThat(study.meta().readingMinutes()).isEqualTo(5);
        assertThat(study.narrative()).startsWith("# A fixture case\n");
        assertThat(study.parks()).extracting(p -> p.id()).containsExactly("fixture-north", "fixture-south");

        var north = study.park("fixture-north").orElseThrow();
        assertThat(north.caseId()).isEqualTo("test-fixture");
        assertThat(north.nameZh()).isEqualTo("北园");
        assertThat(north.location().lat()).contains(29.5);
        assertThat(north.location().precision()).isEqualTo(LocationPrecision.CITY);
        assertThat(north.location().source()).isEqualTo("fixture-report");
        assertThat(north.sectors()).containsExactly(Sector.LIGHT_INDUSTRY, Sector.TEXTILES);
        assertThat(north.variant()).isEqualTo(Variant.SINGLE_ENTERPRISE);
        assertThat(north.beltAndRoad()).isTrue();
        assertThat(north.mofcomConfirmed()).isEqualTo(2016);
        assertThat(north.origin()).isEqualTo(new Origin("test-fixture/parks.csv", 3, 1));
        assertThat(study.park("fixture-south").orElseThrow().location().hasCoordinates()).isFalse();

        assertThat(study.stakes("fixture-north")).hasSize(5);
        assertThat(study.stakes("fixture-north").get(4).share()).isEmpty();
        assertThat(study.stakes("fixture-north").get(2).note()).isEqualTo("shares swapped in 2015");

        var jobs = study.observations("fixture-north", Indicator.JOBS_DIRECT);
        assertThat(jobs).extracting(o -> o.source()).containsExactly("fixture-report", "fixture-news");
        assertThat(jobs.get(1).qualifier()).isEqualTo(Qualifier.OVER);
        assertThat(study.observations("fixture-north", Indicator.AREA).get(0).asOf()).isEqualTo(PartialDate.parse("2016-03"));
        assertThat(study.observations("fixture-south", Indicator.AREA_PLANNED).get(0).valueIn(Unit.KM2)).isEqualTo(1.0);

        assertThat(study.events()).extracting(e -> e.text())
                .containsExactly("Groundbreaking, as the fixture report tells it", "Plan announced");
        assertThat(study.sources().keySet()).containsExactly("fixture-report", "fixture-news");
        assertThat(study.source("fixture-news").orElseThrow().note()).isEqualTo("quoted \"as is\"");
        assertThat(study.statistics()).extracting(s -> s.id()).containsExactly("fixture-all-parks", "fixture-bri-parks");
        assertThat(study.statistics().get(1).total()).contains("fixture-all-parks");
        assertThat(study.zones()).extracting(z -> z.park()).containsExactly("fixture-north", "");
        assertThat(study.displayDirectory()).isEqualTo("test-fixture");
    }

    @Test
    void theFrontMatterOrderOfParksIsTheCaseOrder() {
        FixtureCase c = FixtureCase.copy(temp).replace("case.md", "[fixture-north, fixture-south]", "[fixture-south, fixture-north]");
        assertThat(c.load().value().parks()).extracting(p -> p.id()).containsExactly("fixture-south", "fixture-north");
    }

    @Test
    void filesWithAByteOrderMarkAndCrlfLineEndsLoad() throws Exception {
        FixtureCase c = FixtureCase.copy(temp);
        try (Stream<Path> files = Files.list(c.directory())) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                bytes.write(c.read(name).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
                c.writeBytes(name, bytes.toByteArray());
            }
        }
        Loaded<CaseStudy> loaded = c.load();
        assertThat(loaded.diagnostics()).extracting(Diagnostic::format).isEmpty();
        assertThat(loaded.value().parks()).hasSize(2);
        assertThat(loaded.value().park("fixture-north").orElseThrow().nameEn()).isEqualTo("Fixture North Park");

        // positions stay right: the byte-order mark takes no column, CRLF is one line end
        c.replace("parks.csv", "北园,EG,", "北园,XX,");
        assertThat(c.headlines()).containsExactly("test-fixture/parks.csv:3:37: error: [PB206] unknown country code 'XX'");
    }

    @Test
    void problemsInSeveralFilesAreAllReportedAtOnceSortedByFileAndLine() {
        FixtureCase c = FixtureCase.copy(temp)
                .replace("sources.csv", "Example News,c.2017,,,low,", "Example News,c.2017,,,lowish,")
                .replace("observations.csv", "fixture-north,area,2.5,km2,", "fixture-north,area,2.5,km,")
                .replace("observations.csv", "fixture-north,enterprises,12,count,", "fixture-north,enterprises,twelve,count,")
                .replace("parks.csv", "北园,EG,", "北园,XX,")
                .replace("case.md", "reading_minutes: 5", "reading_minutes: soon")
                .replace("events.csv", "fixture-south,2017,", "fixture-south,2017-13,");
        Loaded<CaseStudy> loaded = c.load();
        assertThat(loaded.value()).isNull();
        assertThat(loaded.diagnostics()).extracting(d -> d.headline().substring(0, d.headline().indexOf(']') + 1)).containsExactly(
                "test-fixture/case.md:8:18: error: [PB402]",
                "test-fixture/events.csv:4:15: error: [PB202]",
                "test-fixture/observations.csv:3:27: error: [PB201]",
                "test-fixture/observations.csv:6:24: error: [PB207]",
                "test-fixture/parks.csv:3:37: error: [PB206]",
                // "fixture-news,,Fixture news item,Example News,c.2017,,," is 54 characters
                "test-fixture/sources.csv:4:55: error: [PB207]");
    }

    @Test
    void aCaseInsideAJarLoadsAndIsNamedByTheJar() throws Exception {
        Path jar = temp.resolve("parkbench-case-fixture.jar");
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of("create", "true"))) {
            Path data = Files.createDirectories(zip.getPath("/parkbench/cases/test-fixture"));
            try (Stream<Path> files = Files.list(FixtureCase.VALID)) {
                for (Path f : files.toList()) {
                    Files.copy(f, data.resolve(f.getFileName().toString()));
                }
            }
            Files.writeString(data.resolve("events.csv"), "park,date,event,source,note\nfixture-north,2008,Start,nowhere,\n");
            CaseInput input = new CaseInput(data, CaseInput.display(data, temp));
            // the source follows "fixture-north,2008,Start," (25 characters)
            assertThat(CaseLoader.load(input).diagnostics()).extracting(Diagnostic::headline).containsExactly(
                    "parkbench-case-fixture.jar!/parkbench/cases/test-fixture/events.csv:2:26: error: [PB303] unknown source key 'nowhere'");
        }
    }

    @Test
    void aRecordTheModelRefusesBecomesADiagnosticAtItsRow() {
        Diagnostics d = new Diagnostics();
        CaseReading reading = new CaseReading(d, "demo");
        CsvTable table = CsvTable.parse("a,b,c\n1,2,3\n", "t.csv", List.of("a", "b", "c"), d);
        Cells cells = reading.cells(table, table.rows().get(0));
        boolean built = reading.build(cells, () -> {
            throw new IllegalArgumentException("share 120.0 % is outside 0–100");
        });
        assertThat(built).isFalse();
        assertThat(d.sorted()).extracting(Diagnostic::headline)
                .containsExactly("t.csv:2:1: error: [PB203] row cannot be loaded: share 120.0 % is outside 0–100");
    }

    @Test
    void aDirectoryWithNothingInItReportsEveryRequiredFile() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertThat(CaseLoader.load(new CaseInput(empty, "empty")).diagnostics()).extracting(Diagnostic::headline).containsExactly(
                "empty/actors.csv:1:1: error: [PB100] required file actors.csv is missing",
                "empty/case.md:1:1: error: [PB100] required file case.md is missing",
                "empty/events.csv:1:1: error: [PB100] required file events.csv is missing",
                "empty/observations.csv:1:1: error: [PB100] required file observations.csv is missing",
                "empty/parks.csv:1:1: error: [PB100] required file parks.csv is missing",
                "empty/sources.csv:1:1: error: [PB100] required file sources.csv is missing");
    }
}
