package org.parkbench.site.counterexample;

import java.io.IOException;
import java.io.StringWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Counterexample for ArchitectureRulesTest: a CSV written past the one writer and its formula guard. Never used. */
public final class SiteWritingCsv {
    public static String row(String cell) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(cell);
        }
        return out.toString();
    }
}
