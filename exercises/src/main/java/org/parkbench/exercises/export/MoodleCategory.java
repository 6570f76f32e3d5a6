package org.parkbench.exercises.export;

import java.util.List;

/**
 * Where an exported question lands in Moodle's question bank: {@code $course$/top/Parkbench/<case
 * title>[/<exercise title>]}, a category path as qformat_xml reads it. The path's parts are
 * separated by {@code /}, so a slash inside a title is written twice (Moodle's
 * {@code split_category_path} reads {@code //} as one slash of a name); {@code $course$} puts the
 * categories in the course the lecturer imports into. {@code info} names the category's
 * Parkbench ids, which stay the same in every language.
 */
record MoodleCategory(String path, String info) {
    static final String ROOT = "$course$/top/Parkbench";

    /** The category of a case's exercises that have no variants. */
    static MoodleCategory of(String caseId, String caseTitle) {
        return new MoodleCategory(path(List.of(caseTitle)), "parkbench/" + caseId);
    }

    /** The category of one exercise's variants, inside its case's: a random question from it draws one variant. */
    static MoodleCategory of(String caseId, String caseTitle, String exerciseId, String exerciseTitle) {
        return new MoodleCategory(path(List.of(caseTitle, exerciseTitle)), "parkbench/" + caseId + "/" + exerciseId);
    }

    private static String path(List<String> names) {
        StringBuilder path = new StringBuilder(ROOT);
        for (String name : names) {
            path.append('/').append(name.strip().replace("/", "//"));
        }
        return path.toString();
    }
}
