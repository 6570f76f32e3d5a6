package org.parkbench.site.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * A PDF checked against PDF/UA-1 (ISO 14289-1) by veraPDF, the validator the PDF Association
 * maintains. veraPDF reads the file with its own parser, not with the PDFBox that wrote it, so a
 * mistake the writer makes consistently is still seen. Each failed rule comes back as one line:
 * clause, test number, the rule's description, how many objects failed it and where it failed first.
 */
public final class PdfUa {
    /** veraPDF's foundry is a process-wide registry: registered once, before the first parse. */
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /** Every PDF/UA-1 rule the file fails, as "clause-test: description (n failed)"; empty when it conforms. */
    public static List<String> failures(Path pdf) throws IOException {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            result.getFailedChecks().entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<RuleId, Integer> e) -> e.getKey().getClause())
                            .thenComparing(e -> e.getKey().getTestNumber()))
                    .forEach(e -> failures.add(line(validator, e.getKey(), e.getValue(), firstFailure(result, e.getKey()))));
            if (failures.isEmpty() && !result.isCompliant()) {
                // a job cut short (e.g. a parse problem) is not a pass, even with no rule to name
                failures.add("not compliant, no failed rule reported: " + result.getJobEndStatus());
            }
            return failures;
        } catch (ModelParsingException | EncryptedPdfException | ValidationException e) {
            return List.of("veraPDF could not check " + pdf.getFileName() + ": " + e.getMessage());
        }
    }

    /** Where the rule first failed and veraPDF's words for it: what a reader needs to find the cause. */
    private static String firstFailure(ValidationResult result, RuleId id) {
        return result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED && a.getRuleId().equals(id))
                .findFirst()
                .map(a -> "; first at " + a.getLocation().getContext()
                        + (a.getErrorMessage() == null ? "" : ": " + a.getErrorMessage()))
                .orElse("");
    }

    private static String line(PDFAValidator validator, RuleId id, int count, String first) {
        Rule rule = validator.getProfile().getRuleByRuleId(id);
        String description = rule == null ? "(rule not in the profile)" : rule.getDescription();
        return id.getClause() + "-" + id.getTestNumber() + ": " + description + " (" + count + " failed" + first + ")";
    }
}
