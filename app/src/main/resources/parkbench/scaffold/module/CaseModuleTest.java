package %%PACKAGE%%;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CaseLoader;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.validate.Diagnostic;

/** The {@code %%CASE_ID%%} case loads without errors. Add tests for the facts the case's exercises rely on. */
class %%CLASS%%Test {

    @Test
    void loadsWithoutErrors() {
        Loaded<CaseStudy> loaded = CaseLoader.load(CaseInput.of(new %%CLASS%%()));
        assertThat(loaded.errors()).extracting(Diagnostic::format).isEmpty();
        assertThat(loaded.value().id()).isEqualTo("%%CASE_ID%%");
    }
}
