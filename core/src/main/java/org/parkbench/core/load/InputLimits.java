package org.parkbench.core.load;

import java.util.Locale;

/**
 * How much input Parkbench reads, in one place: every file a user writes (a case's CSV files and
 * {@code case.md}, its exercises and teaching notes, a course file) is read through
 * {@link TextFile} and every YAML text through {@link YamlFields}, so {@code validate},
 * {@code build} and {@code serve} refuse the same input with the same diagnostic. A file over its
 * size is refused from its size on disk, before a byte of it is read; a CSV line or a file's cells
 * are counted while Commons CSV reads them, and reading stops at the first over the limit. The
 * limits are far above any real case (the shipped ones are under 10 KB a file, with lines under
 * 1,100 characters) and the benchmark's course of 10,000 parks in a hundred cases, and low enough
 * that a case at the limits builds inside the launcher's 384 MiB heap: measured, a case of 5,300
 * parks whose CSV files hold about 100,000 cells each builds with figures in 384 MiB (live heap
 * under 260 MB), where one case of 10,000 parks (an {@code observations.csv} of 1.14 million
 * cells, which validates in 100 MB) ran out of memory in {@code build} after 30 minutes. What a
 * build needs grows with a case's parks and figures, not with its bytes, so the cells are the
 * limit that counts; the size and line limits bound what is read at all. CONTRIBUTING.md
 * ("Limits") and docs/course-file.md state them for users.
 */
public final class InputLimits {
    /** The largest CSV file read: 16 MiB. */
    public static final long CSV_FILE_BYTES = 16L << 20;
    /** The largest Markdown or YAML file read ({@code case.md}, an exercise, teaching notes, a course file): 1 MiB. */
    public static final long TEXT_FILE_BYTES = 1L << 20;
    /** The longest line of a CSV file, in characters. */
    public static final int CSV_LINE_CHARACTERS = 65_536;
    /** The most cells (values of rows, the header's included) a CSV file may hold. */
    public static final int CSV_CELLS = 100_000;
    /** The longest YAML text, in characters: as long as the largest file it can come from. */
    public static final int YAML_CHARACTERS = (int) TEXT_FILE_BYTES;
    /** The most aliases ({@code *name}) a YAML text may use, of values and of lists or fields alike. */
    public static final int YAML_ALIASES = 10;
    /** How deep lists and fields may nest in a YAML text, its top level included (a course file needs four levels). */
    public static final int YAML_NESTING = 20;
    /** The most characters a YAML text's values may hold with every alias written out in full. */
    public static final int YAML_EXPANDED_CHARACTERS = (int) TEXT_FILE_BYTES;
    /** The most bad characters listed one by one per file; the rest are counted in one more line. */
    static final int CHARACTERS_LISTED = 10;

    private InputLimits() {
    }

    /** A limit in bytes as messages give it: "16 MiB". */
    static String bytes(long bytes) {
        return bytes % (1L << 20) == 0 ? (bytes >> 20) + " MiB" : count(bytes) + " bytes";
    }

    /** A count as messages give it: "1,000,000". */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
