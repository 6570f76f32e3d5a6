package org.parkbench.site.build;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the validator behind validator.w3.org/nu), run offline from its Maven jar
 * with its bundled schemas. Errors only; warnings and info messages are not failures.
 */
public final class HtmlValidator {
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";
    private final List<String> errors = new ArrayList<>();
    private final SimpleDocumentValidator validator;
    private String current = "";

    public HtmlValidator() throws Exception {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not fail the build
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(current + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(SCHEMA, handler);
        validator.setUpValidatorAndParsers(handler, true, false);
    }

    /** The errors of one file, each as {@code name:line:column: message}. */
    public List<String> errors(File file, String name) throws Exception {
        errors.clear();
        current = name;
        validator.checkHtmlFile(file, true);
        return List.copyOf(errors);
    }
}
