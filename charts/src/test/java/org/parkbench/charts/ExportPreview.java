package org.parkbench.charts;

import java.nio.file.Path;
import java.util.EnumSet;
import org.parkbench.core.model.Casebook;

/**
 * Writes a catalogue to a folder, to look at while working on the house style: the shipped cases
 * (argument {@code shipped}) or the test fixture (anything else). Run from the repository root.
 */
public final class ExportPreview {
    private ExportPreview() {
    }

    public static void main(String[] args) {
        Casebook book = args.length > 1 && args[1].equals("shipped") ? ShippedCases.load().orElseThrow() : Fixtures.casebook();
        FigureCatalogue catalogue = FigureCatalogue.forCasebook(book);
        catalogue.problems().forEach(p -> System.out.println("problem: " + p.message()));
        FigureExport.write(catalogue.figures(), catalogue.problems(), Path.of(args[0]), EnumSet.allOf(Format.class), true);
        catalogue.figures().forEach(f -> System.out.println(f.id()));
        System.out.println(catalogue.figures().size() + " figures");
    }
}
