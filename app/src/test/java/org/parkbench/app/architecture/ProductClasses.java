package org.parkbench.app.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * The product's classes only: what ArchUnit's {@link ImportOption.DoNotIncludeTests} leaves, and
 * no test jar either (the bench module sees the app's test jar, with this rule set and its
 * counterexamples, on its test classpath).
 */
public final class ProductClasses implements ImportOption {
    private static final ImportOption NOT_TESTS = new ImportOption.DoNotIncludeTests();

    @Override
    public boolean includes(Location location) {
        return NOT_TESTS.includes(location) && !location.contains("-tests.jar") && !location.contains("/test-classes/");
    }
}
