package org.parkbench.site.pages;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.parkbench.exercises.json.DeterministicJson;

/**
 * {@code data/datapackage.json}: a Frictionless Tabular Data Package that describes every CSV file
 * of the site and its columns, so that tools that read data packages can load the course's data
 * with its types and descriptions. The records are the file's shape, property by property in the
 * order written; {@link DeterministicJson} writes them indented.
 */
record DataPackage(String profile, String name, String title, List<Resource> resources) {
    /** The package of the course titled {@code courseTitle}. */
    static DataPackage of(String courseTitle, List<Resource> resources) {
        return new DataPackage("tabular-data-package", "parkbench-course-data", courseTitle + " — data", resources);
    }

    /** One CSV file, {@code path} relative to {@code data/}. */
    record Resource(String name, String path, String title, String description, String format, String mediatype, String encoding,
                    Schema schema) {
        static Resource csv(String name, String path, String title, String description, List<DataTables.Field> fields) {
            return new Resource(name, path, title, description, "csv", "text/csv", "utf-8",
                    new Schema(fields.stream().map(Field::of).toList()));
        }
    }

    /** The columns of a file, in order. */
    record Schema(List<Field> fields) {
    }

    /**
     * A column: its header, a Table Schema type, what it holds and, for a closed vocabulary, the
     * Table Schema constraint listing its words ({@code "constraints": {"enum": [...]}}; left out
     * for any other column).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Field(String name, String type, String description, Constraints constraints) {
        static Field of(DataTables.Field f) {
            return new Field(f.name(), f.type(), f.description(), f.values().isEmpty() ? null : new Constraints(f.values()));
        }
    }

    /** The values a column may hold. */
    record Constraints(@JsonProperty("enum") List<String> values) {
    }

    /** The file's text, ending in a line break, written to {@code out} as it is made (it is not held in memory). */
    void write(Writer out) throws IOException {
        DeterministicJson.indented(this, out);
        out.write('\n');
    }
}
