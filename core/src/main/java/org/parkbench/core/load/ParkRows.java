package org.parkbench.core.load;

import java.util.ArrayList;
import java.util.List;
import org.parkbench.core.model.Corridor;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Location;
import org.parkbench.core.model.LocationPrecision;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.ParkStatus;
import org.parkbench.core.model.Sector;
import org.parkbench.core.model.Variant;
import org.parkbench.core.validate.DiagnosticCode;

/**
 * Reads {@code parks.csv} into {@link Park}s, registering every park id. Coordinates need a
 * precision other than {@code unknown} (PB203 at the precision cell) and a {@code location_source}
 * (PB304: coordinates are a fact like any other); lat and lon go together (PB208).
 */
final class ParkRows {
    private ParkRows() {
    }

    static List<Park> read(CsvTable table, CaseReading reading) {
        List<Park> parks = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            Cells cells = reading.cells(table, row);
            String id = cells.id("id", "park id");
            if (!id.isEmpty() && !reading.parkIds().add(id, cells.origin("id"), reading.diagnostics())) {
                cells.fail();
            }
            String nameEn = cells.required("name_en");
            String nameZh = cells.text("name_zh");
            String country = cells.country("country", true);
            Location location = location(cells, reading);
            Corridor corridor = cells.word("corridor", Corridor.class, "corridor", false);
            Boolean beltAndRoad = cells.yesNo("belt_and_road", true);
            List<Sector> sectors = cells.words("sectors", Sector.class, "sector");
            ParkStatus status = cells.word("status", ParkStatus.class, "park status", true);
            Integer established = cells.year("established", false);
            String homeProvince = cells.text("home_province");
            Integer mofcom = cells.year("mofcom_confirmed", false);
            DevelopmentModel model = cells.word("model", DevelopmentModel.class, "model", true);
            Variant variant = ModelWords.variant(cells, "variant", model, "model");
            String source = cells.source("source", reading.sourceKeys());
            String note = cells.text("note");
            String mofcomSource = cells.reference("mofcom_source", reading.sourceKeys(), DiagnosticCode.PB303, false);
            String modelSource = cells.reference("model_source", reading.sourceKeys(), DiagnosticCode.PB303, false);
            reading.build(cells, () -> parks.add(new Park(id, reading.caseId(), nameEn, nameZh, country, location,
                    corridor, Boolean.TRUE.equals(beltAndRoad), sectors, status, established, homeProvince, mofcom,
                    model, variant, source, note, mofcomSource, modelSource, cells.origin())));
        }
        return parks;
    }

    private static Location location(Cells cells, CaseReading reading) {
        String place = cells.text("place");
        Double lat = cells.inRange("lat", false, -90, 90, "latitude");
        Double lon = cells.inRange("lon", false, -180, 180, "longitude");
        boolean latGiven = !cells.text("lat").isEmpty();
        boolean lonGiven = !cells.text("lon").isEmpty();
        if (latGiven != lonGiven) {
            String empty = latGiven ? "lon" : "lat";
            cells.report(empty, DiagnosticCode.PB208, "'" + empty + "' is required when '" + (latGiven ? "lat" : "lon")
                    + "' is given", "give both coordinates, or neither");
        }
        LocationPrecision precision = cells.word("location_precision", LocationPrecision.class, "location precision", true);
        boolean coordinates = latGiven || lonGiven;
        if (coordinates && precision == LocationPrecision.UNKNOWN) {
            cells.report("location_precision", DiagnosticCode.PB203,
                    "location_precision 'unknown' does not fit given coordinates",
                    "say how precisely the source places the park: site, city or country");
        }
        String locationSource;
        if (coordinates && cells.text("location_source").isEmpty()) {
            cells.report("location_source", DiagnosticCode.PB304, "coordinates without a source: 'location_source' is empty",
                    "name the key of the source that gives the coordinates, or leave lat and lon empty");
            locationSource = "";
        } else {
            locationSource = cells.reference("location_source", reading.sourceKeys(), DiagnosticCode.PB303, false);
        }
        if (cells.failed()) {
            return null;
        }
        try {
            return new Location(place, lat, lon, precision, locationSource);
        } catch (IllegalArgumentException e) {
            cells.report("lat", DiagnosticCode.PB203, "location cannot be loaded: " + e.getMessage(), "");
            return null;
        }
    }
}
