package org.parkbench.app.synth;

import java.nio.file.Path;
import java.util.List;
import org.parkbench.core.model.DevelopmentModel;

/**
 * The exercises of a synthetic case, one of each kind the exercise format has: a single choice
 * whose key is a park's model (checked against the data), a numeric question keyed by a
 * derivation, an ordering of milestones, a classification of parks, and a short answer. Every
 * key comes from the case's own data, never typed.
 */
final class SyntheticExercises {
    private final String caseId;
    private final List<SyntheticPark> parks;

    SyntheticExercises(String caseId, List<SyntheticPark> parks) {
        this.caseId = caseId;
        this.parks = parks;
    }

    void write(Path dir) {
        SyntheticPark lead = parks.get(0);
        SyntheticCase.text(dir.resolve(caseId + "-model.md"), model(lead));
        SyntheticCase.text(dir.resolve(caseId + "-enterprises.md"), enterprises(lead));
        if (lead.events().size() >= 3) {
            SyntheticCase.text(dir.resolve(caseId + "-milestones.md"), milestones(lead));
        }
        if (parks.size() >= 3) {
            SyntheticCase.text(dir.resolve(caseId + "-classify.md"), classify());
        }
        SyntheticCase.text(dir.resolve(caseId + "-sources.md"), shortAnswer(lead));
    }

    private String header(String suffix, String type, String title, String objective, int difficulty, int points) {
        return "---\nid: " + caseId + "-" + suffix + "\ntype: " + type + "\ntitle: \"" + title + "\"\nobjectives: [" + objective
                + "]\ndifficulty: " + difficulty + "\npoints: " + points + "\n";
    }

    private static String hintsAndFeedback(String concept, String pointer, String step, String correct, String incorrect) {
        return "hints:\n  - \"" + concept + "\"\n  - \"" + pointer + "\"\n  - \"" + step + "\"\nfeedback:\n  correct: \"" + correct
                + "\"\n  incorrect: \"" + incorrect + "\"\n";
    }

    private String model(SyntheticPark p) {
        StringBuilder s = new StringBuilder(header("model", "single-choice", "Which development model does " + p.nameEn() + " follow?",
                "classify-the-parks", 1, 1));
        s.append("models: [").append(p.model().word()).append("]\n");
        s.append(hintsAndFeedback("The model names the force that dominates a park's development.",
                "Look at the actors and stakes of " + p.id() + ".", "Who develops the park, and who holds the developer?",
                "Right: the data records " + p.model().label().toLowerCase(java.util.Locale.ROOT) + ".",
                "Check who develops the park in the actors table."));
        s.append("choices:\n");
        char id = 'a';
        for (DevelopmentModel m : DevelopmentModel.values()) {
            s.append("  - id: ").append(id++).append("\n    text: \"").append(m.label()).append("\"\n    value: ").append(m.word())
                    .append('\n');
            if (m == p.model()) {
                s.append("    correct: true\n");
            }
        }
        s.append("fact:\n  check: park-model\n  park: ").append(p.id()).append("\n---\n");
        s.append("Which of the three development models does the synthetic park ").append(p.nameEn()).append(" follow?\n\n");
        s.append("## Solution\n\n").append(p.model().label()).append(", as its park row records {{src:").append(SyntheticPark.REGISTER)
                .append("}}.\n");
        return s.toString();
    }

    private String enterprises(SyntheticPark p) {
        SyntheticPark.ObservationRow o = p.observations().stream().filter(x -> x.indicator().equals("enterprises")).reduce((a, b) -> b)
                .orElseThrow();
        StringBuilder s = new StringBuilder(header("enterprises", "numeric", "How many enterprises did " + p.nameEn() + " report in "
                + o.asOf() + "?", "read-the-fact-box", 1, 1));
        s.append(hintsAndFeedback("The fact box lists each figure with its date.", "Find the enterprises row of " + p.id() + " as of "
                        + o.asOf() + ".", "Read the value; no computation is needed.", "Right.",
                "Check the date of the figure you read."));
        s.append("key:\n  derivation: observation\n  params: {park: ").append(p.id()).append(", indicator: enterprises, as_of: \"")
                .append(o.asOf()).append("\"}\nprecision: 0\nunit: \"enterprises\"\n---\n");
        s.append("How many enterprises did the synthetic park ").append(p.nameEn()).append(" report as of ").append(o.asOf())
                .append("?\n\n## Solution\n\n{{obs:").append(p.id()).append("/enterprises/").append(o.asOf()).append("}}.\n");
        return s.toString();
    }

    private String milestones(SyntheticPark p) {
        StringBuilder s = new StringBuilder(header("milestones", "order", "Order the milestones of " + p.nameEn(),
                "order-the-milestones", 1, 1));
        s.append(hintsAndFeedback("Agreements come before construction, construction before production.",
                "The timeline of " + p.id() + " lists them with dates.", "Sort by date.", "Right.", "Check the dates in the timeline."));
        s.append("items:\n");
        List<SyntheticPark.EventRow> events = p.events().subList(0, 3);
        for (int i = events.size() - 1; i >= 0; i--) {
            s.append("  - event: {park: ").append(p.id()).append(", date: \"").append(events.get(i).date()).append("\"}\n");
        }
        s.append("---\nPut these milestones of the synthetic park ").append(p.nameEn()).append(" in order, earliest first.\n\n");
        s.append("## Solution\n\nBy date: agreement, construction, first production {{src:").append(SyntheticPark.PRESS).append("}}.\n");
        return s.toString();
    }

    private String classify() {
        StringBuilder s = new StringBuilder(header("classify", "classify", "Sort three synthetic parks by model",
                "classify-the-parks", 2, 3));
        s.append(hintsAndFeedback("Each model has its typical developer.", "Read the actors tables of the three parks.",
                "Match each developer's kind to a model.", "Right.", "Check the developers' kinds."));
        s.append("items:\n");
        parks.stream().limit(3).forEach(p -> s.append("  - park: ").append(p.id()).append('\n'));
        s.append("categories: [government-driven, company-led, private-led]\n---\n");
        s.append("Sort these synthetic parks into the three development models.\n\n## Solution\n\n");
        parks.stream().limit(3).forEach(p -> s.append("- ").append(p.nameEn()).append(": ").append(p.model().label()).append('\n'));
        return s.toString();
    }

    private String shortAnswer(SyntheticPark p) {
        StringBuilder s = new StringBuilder(header("sources", "short-answer", "Why keep both figures?", "read-the-fact-box", 2, 2));
        s.append(hintsAndFeedback("Sources can disagree about the same date.", "Look for rows marked 'sources differ'.",
                "Name both sources and their confidence.", "Good.", "Think about what averaging would hide."));
        s.append("model_answer: \"Because each figure carries its own source and confidence; merging them would hide the disagreement.\"\n");
        s.append("rubric:\n  - {points: 1, criterion: \"Names both sources\"}\n  - {points: 1, criterion: \"Explains what merging hides\"}\n");
        s.append("---\nWhen two synthetic sources report different figures for ").append(p.nameEn())
                .append(", why does the site show both?\n\n## Solution\n\nSee the fact box {{src:").append(SyntheticPark.SURVEY).append("}}.\n");
        return s.toString();
    }
}
