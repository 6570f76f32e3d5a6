package org.parkbench.charts;

import java.nio.file.Path;
import java.util.EnumSet;

/** Writes the fixture catalogue to a folder, to look at while working on the house style. */
public final class ExportPreview {
    private ExportPreview() {
    }

    public static void main(String[] args) {
        FigureCatalogue catalogue = FigureCatalogue.forCasebook(Fixtures.casebook());
        catalogue.problems().forEach(p -> System.out.println("problem: " + p.message()));
        FigureExport.write(catalogue.figures(), catalogue.problems(), Path.of(args[0]), EnumSet.allOf(Format.class), true);
        System.out.println(catalogue.figures().size() + " figures");
    }
}
