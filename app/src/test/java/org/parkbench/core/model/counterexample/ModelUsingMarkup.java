package org.parkbench.core.model.counterexample;

import org.parkbench.markup.TrustedHtml;

/** Counterexample for ArchitectureRulesTest: core using the markup module, which only exercises and site may. Never used. */
public final class ModelUsingMarkup {
    public static String html(String text) {
        return TrustedHtml.escape(text);
    }
}
