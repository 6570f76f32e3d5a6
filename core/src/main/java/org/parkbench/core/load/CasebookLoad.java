package org.parkbench.core.load;

import java.util.List;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;

/**
 * The outcome of loading several cases: each case on its own ({@code cases}, in the given order,
 * each with only its own diagnostics, so a valid case stays clean next to a broken one), and the
 * casebook as a whole ({@code casebook}: every diagnostic, including those spanning cases, and the
 * {@link Casebook} only when there is no error anywhere).
 */
public record CasebookLoad(List<Loaded<CaseStudy>> cases, Loaded<Casebook> casebook) {
    public CasebookLoad {
        cases = List.copyOf(cases);
    }
}
