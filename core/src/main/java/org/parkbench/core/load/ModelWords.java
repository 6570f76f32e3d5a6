package org.parkbench.core.load;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Variant;
import org.parkbench.core.validate.DiagnosticCode;

/** Reads a development-model variant and checks that it belongs to the row's model (PB207). */
final class ModelWords {
    private ModelWords() {
    }

    /**
     * The variant in {@code column}, or null. A variant of another model is reported at the variant
     * cell, naming the model it belongs to and the variants of the row's model.
     */
    static Variant variant(Cells cells, String column, DevelopmentModel model, String modelColumn) {
        Variant variant = cells.word(column, Variant.class, "variant", false);
        if (variant == null || model == null || variant.model() == model) {
            return variant;
        }
        cells.report(column, DiagnosticCode.PB207, "variant '" + variant.word() + "' belongs to model "
                + variant.model().word() + ", not to " + model.word() + "; variants of " + model.word() + ": "
                + variantsOf(model), "change the variant, leave it empty, or check '" + modelColumn + "'");
        return null;
    }

    static String variantsOf(DevelopmentModel model) {
        return Arrays.stream(Variant.values()).filter(v -> v.model() == model).map(Variant::word)
                .collect(Collectors.joining(", "));
    }
}
