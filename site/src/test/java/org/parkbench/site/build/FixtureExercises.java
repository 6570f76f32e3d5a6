package org.parkbench.site.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Exercise files for the fixture's riverside case (keys from its invented data): a numeric exercise
 * with two variants, a single choice whose key is the park's model in the data, a multiple choice
 * and a short answer. In the hostile version every text (titles, bodies, hints, feedback, choices,
 * units, solutions, model answers, rubrics) carries an injection attempt and a javascript: link.
 */
final class FixtureExercises {
    /** The keys, per exercise and variant, as the fixture data gives them. */
    static final Map<String, String> KEYS = Map.of("riverside-figures/0", "7.34", "riverside-figures/1", "1.20",
            "riverside-model/0", "a", "riverside-roles/0", "a,b");

    /** An exercise whose key names a derivation the catalogue does not have (PB603 at its key). */
    static final String BROKEN = """
            ---
            id: riverside-broken
            type: numeric
            title: 'Jobs per hectare'
            objectives: [explain-model]
            difficulty: 2
            points: 1
            hints: ['Divide.']
            feedback: {correct: 'Right.', incorrect: 'Divide again.'}
            key: {derivation: jobs-per-hectare, params: {park: riverside-park}}
            precision: 0
            ---
            How many jobs per hectare?

            ## Solution
            Divide.
            """;

    private FixtureExercises() {
    }

    static void write(Path folder, boolean hostile) throws IOException {
        Files.createDirectories(folder);
        String evil = hostile ? " " + Fixtures.EVIL.replace("'", "''") : "";
        String link = hostile ? " [more](javascript:alert(6)) <a href=\"javascript:alert(7)\">raw</a>" : "";
        // an HTML comment opener in a title, which goes into the search index script as it is
        String comment = hostile ? " <!-- </script>" : "";
        write(folder, "riverside-figures", """
                ---
                id: riverside-figures
                type: numeric
                title: 'What did the report give for {{indicator}} as of {{as_of}}?EVIL'
                objectives: [explain-model]
                difficulty: 1
                points: 2
                hints:
                  - 'Every figure of the case is in its fact box.EVILLINK'
                  - 'Find the {{indicator}} row as of {{as_of}}.'
                feedback:
                  correct: 'Right: read it as reported.EVIL'
                  incorrect: 'Check the date of the row.EVIL'
                variants:
                  - {indicator: area, as_of: "2015"}
                  - {indicator: investment, as_of: "2017-06"}
                key:
                  derivation: observation
                  params: {park: riverside-park, indicator: "${indicator}", as_of: "${as_of}"}
                precision: 2
                unit: 'as reportedEVIL'
                ---
                Give the {{indicator}} of Riverside Test Park as of {{as_of}}, to two decimals.EVILLINK

                ## Solution
                The report gives {{answer}}.EVILLINK
                """, evil, link);
        write(folder, "riverside-model", """
                ---
                id: riverside-model
                type: single-choice
                title: 'Which model leads Riverside?EVILCOMMENT'
                objectives: [explain-model]
                difficulty: 1
                points: 1
                hints:
                  - 'The models are named after who leads development.EVILLINK'
                feedback:
                  correct: 'Right: a park development company leads it.EVIL'
                  incorrect: 'Look at who owns the developer.EVIL'
                choices:
                  - {id: a, text: 'Park-development-company-ledEVIL', value: company-led, feedback: 'Yes: its developer leads.EVIL'}
                  - {id: b, text: 'Private-enterprise-ledEVIL', value: private-led, feedback: 'No manufacturer leads it.EVIL'}
                  - {id: c, text: 'High-level government-driven', value: government-driven}
                fact: {check: park-model, park: riverside-park}
                ---
                Which model does the data record for Riverside Test Park?EVILLINK

                ## Solution
                The developer, a park development company, leads the park.EVIL
                """.replace("EVILCOMMENT", "EVIL" + comment), evil, link);
        write(folder, "riverside-roles", """
                ---
                id: riverside-roles
                type: multiple-choice
                title: 'Who holds a stake in Riverside?EVIL'
                objectives: [explain-model]
                difficulty: 2
                points: 2
                hints:
                  - 'Read the stake table.EVIL'
                feedback:
                  correct: 'Right: the developer owns and the host authority initiated.EVIL'
                  incorrect: 'Read every row of the stake table.EVIL'
                choices:
                  - {id: a, text: 'River Development CoEVIL', correct: true, feedback: 'Yes: the owner.EVIL'}
                  - {id: b, text: 'Host Authority', correct: true}
                  - {id: c, text: 'A foreign bankEVIL', feedback: 'No bank appears in the data.EVIL'}
                ---
                Which actors hold a stake in Riverside Test Park?EVIL

                ## Solution
                River Development Co owns 75 % and the Host Authority initiated the park.EVIL
                """, evil, link);
        write(folder, "riverside-essay", """
                ---
                id: riverside-essay
                type: short-answer
                title: 'Why did the developer succeed?EVIL'
                objectives: [explain-model]
                difficulty: 3
                points: 2
                hints:
                  - 'Think of the developer's experience at home.EVIL'
                model_answer: 'It brought a park model it had built at home.EVILLINK'
                rubric:
                  - {points: 1, criterion: 'Names the experience at homeEVIL'}
                  - {points: 1, criterion: 'Cites a sourceEVIL'}
                ---
                In a few sentences, explain why the developer succeeded.EVILLINK

                ## Solution
                A developer with experience at home can repeat its model abroad.EVILLINK
                """.replace("developer's", "developer''s"), evil, link);
    }

    private static void write(Path folder, String id, String text, String evil, String link) throws IOException {
        Files.writeString(folder.resolve(id + ".md"), text.replace("EVILLINK", "EVIL" + link.replace("'", "''"))
                .replace("EVIL", evil));
    }
}
