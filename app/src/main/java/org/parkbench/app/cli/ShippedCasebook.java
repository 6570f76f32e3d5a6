package org.parkbench.app.cli;

import java.io.PrintWriter;
import org.parkbench.core.load.CasebookLoad;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.validate.Diagnostic;

/** Loads the shipped cases for commands that need them all; on errors prints them and says what to run. */
final class ShippedCasebook {
    private ShippedCasebook() {
    }

    /** The casebook, or null after printing every error to {@code err}. */
    static Casebook loadOrReport(PrintWriter err) {
        CasebookLoad load = CasebookLoader.load(ProjectCases.shipped());
        if (load.casebook().hasErrors()) {
            load.casebook().diagnostics().stream().filter(Diagnostic::isError).sorted().forEach(d -> err.println(d.format()));
            err.println("parkbench: the case data has errors; fix them (see 'parkbench validate') and try again.");
            return null;
        }
        return load.casebook().value();
    }
}
