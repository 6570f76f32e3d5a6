package org.parkbench.core.load;

import java.util.ArrayList;
import java.util.List;
import org.parkbench.core.model.ConfirmedZone;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.Variant;
import org.parkbench.core.model.Verification;
import org.parkbench.core.validate.DiagnosticCode;

/**
 * Reads the optional {@code zones.csv} into {@link ConfirmedZone}s. A zone's {@code park} usually
 * names a park of another case, so it is resolved when a whole casebook is loaded, not here.
 */
final class ZoneRows {
    /** A zone with the position of its {@code park} cell, for the casebook-wide check. */
    record ReadZone(ConfirmedZone zone, Origin parkCell) {
    }

    private ZoneRows() {
    }

    static List<ReadZone> read(CsvTable table, CaseReading reading) {
        KnownIds ids = new KnownIds("zone id", "zone");
        List<ReadZone> zones = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            Cells cells = reading.cells(table, row);
            String id = cells.id("id", "zone id");
            if (!id.isEmpty() && !ids.add(id, cells.origin("id"), reading.diagnostics())) {
                cells.fail();
            }
            String nameEn = cells.required("name_en");
            String nameZh = cells.text("name_zh");
            String country = cells.country("country", true);
            String developer = cells.text("developer");
            String homeProvince = cells.text("home_province");
            Verification verified = cells.word("verified", Verification.class, "verification", true);
            String evidence = cells.text("evidence");
            String park = cells.text("park");
            DevelopmentModel model = cells.word("model", DevelopmentModel.class, "model", false);
            Variant variant = ModelWords.variant(cells, "variant", model, "model");
            if (variant != null && model == null && cells.text("model").isEmpty()) {
                cells.report("model", DiagnosticCode.PB208, "'model' is required when a variant is given",
                        "a variant belongs to a model: here " + variant.model().word());
            }
            String source = cells.source("source", reading.sourceKeys());
            reading.build(cells, () -> zones.add(new ReadZone(new ConfirmedZone(id, nameEn, nameZh, country, developer,
                    homeProvince, verified, evidence, park, model, variant, source, cells.origin()),
                    cells.origin("park"))));
        }
        return zones;
    }
}
