package org.parkbench.core.validate;

/**
 * Every diagnostic the loader and validator can emit. Codes are stable: CONTRIBUTING.md documents
 * each with an example and the fix, and a test keeps the guide and this list in step.
 * PB1xx: files and CSV structure; PB2xx: values; PB3xx: ids and references; PB4xx: YAML (front
 * matter, exercise and course files alike); PB5xx: warnings about content; PB6xx: exercises (PB63x:
 * the lecturer's hand-marked scores, read by {@code grade --manual}).
 * PB601 (unknown exercise field) was retired when every YAML file came to be read by one reader:
 * an unknown field is PB403 wherever it is. Its number is not reused, so that old reports keep
 * their meaning.
 */
public enum DiagnosticCode {
    PB100(Severity.ERROR, "required file missing"),
    PB101(Severity.ERROR, "unknown column"),
    PB102(Severity.ERROR, "missing column"),
    PB103(Severity.ERROR, "wrong number of fields"),
    PB104(Severity.ERROR, "file cannot be read as UTF-8 CSV"),
    PB105(Severity.ERROR, "file or text too large"),
    PB106(Severity.ERROR, "CSV line or cell too long"),
    PB107(Severity.ERROR, "too many cells in a CSV file"),
    PB108(Severity.ERROR, "YAML aliases, expansion or nesting over the limit"),
    PB109(Severity.ERROR, "file or folder cannot be read"),
    PB201(Severity.ERROR, "not a number"),
    PB202(Severity.ERROR, "not a date"),
    PB203(Severity.ERROR, "value out of range"),
    PB204(Severity.ERROR, "stakes over 100 %"),
    PB205(Severity.ERROR, "negative amount"),
    PB206(Severity.ERROR, "unknown country code"),
    PB207(Severity.ERROR, "unknown word"),
    PB208(Severity.ERROR, "required value empty"),
    PB209(Severity.ERROR, "period ends before it starts"),
    PB210(Severity.ERROR, "unit does not fit the indicator"),
    PB211(Severity.ERROR, "control character in a text"),
    PB212(Severity.ERROR, "not a character"),
    PB213(Severity.ERROR, "range and value_high disagree"),
    PB214(Severity.ERROR, "kind does not fit the indicator"),
    PB301(Severity.ERROR, "duplicate id"),
    PB302(Severity.ERROR, "unknown park"),
    PB303(Severity.ERROR, "unknown source"),
    PB304(Severity.ERROR, "fact without a source"),
    PB305(Severity.ERROR, "unknown case"),
    PB306(Severity.ERROR, "id is not a slug"),
    PB307(Severity.ERROR, "citation does not resolve"),
    PB308(Severity.ERROR, "unknown statistic"),
    PB401(Severity.ERROR, "malformed YAML or front matter"),
    PB402(Severity.ERROR, "field missing or of the wrong type"),
    PB403(Severity.ERROR, "unknown field"),
    PB501(Severity.WARNING, "stakes under 100 %: remainder unattributed"),
    PB502(Severity.WARNING, "declared model differs from the classifier"),
    PB503(Severity.WARNING, "placeholder still to fill"),
    PB504(Severity.WARNING, "park has no observations"),
    PB602(Severity.ERROR, "unknown exercise type"),
    PB603(Severity.ERROR, "exercise key cannot be computed from the data"),
    PB604(Severity.ERROR, "unknown learning objective"),
    PB605(Severity.ERROR, "choice key disagrees with the data"),
    PB606(Severity.ERROR, "classify item has no recorded model"),
    PB607(Severity.ERROR, "order items cannot be put in order"),
    PB608(Severity.ERROR, "choices do not make a key"),
    PB609(Severity.ERROR, "placeholder has no value"),
    PB610(Severity.ERROR, "tolerance accepts too many answers"),
    PB611(Severity.WARNING, "order items listed in the answer's order"),
    PB612(Severity.WARNING, "learning objective assessed by no exercise"),
    PB613(Severity.ERROR, "exercise order is not a positive whole number, or two exercises of a case share one"),
    PB620(Severity.WARNING, "exercise left out: it needs cases the course does not include"),
    PB621(Severity.ERROR, "an exercise of the course's own case needs cases the course does not include"),
    PB630(Severity.ERROR, "hand-marked score for no short answer of the run"),
    PB631(Severity.ERROR, "short answer changed since it was listed for scoring"),
    PB701(Severity.ERROR, "translation does not match the original"),
    PB702(Severity.WARNING, "not yet translated");

    private final Severity severity;
    private final String title;

    DiagnosticCode(Severity severity, String title) {
        this.severity = severity;
        this.title = title;
    }

    /** The severity this code is reported with. */
    public Severity severity() {
        return severity;
    }

    /** A few words saying what the code means, for guides and listings. */
    public String title() {
        return title;
    }
}
