/**
 * Loading case data (docs/data-format.md) into the domain model, with every problem reported at
 * once as {@code path:line:column: severity: [CODE] message}. Start at
 * {@link org.parkbench.core.load.CaseInput} (where a case is, how diagnostics name it),
 * {@link org.parkbench.core.load.CaseLoader} (one case) and
 * {@link org.parkbench.core.load.CasebookLoader} (the cases of a course, with the checks that span
 * cases). {@link org.parkbench.core.load.Citations} finds and resolves the {@code {{obs:…}}} and
 * {@code {{src:…}}} citations of a narrative.
 *
 * <p>Choices worth knowing:
 * <ul>
 *   <li>Every file a user writes is read through {@link org.parkbench.core.load.TextFile} and
 *       every YAML text through {@link org.parkbench.core.load.YamlFields}, within
 *       {@link org.parkbench.core.load.InputLimits}: a file over its size is refused before it is
 *       read (PB105), a CSV line, cell or cell count over its limit stops the reading there
 *       (PB106, PB107), YAML aliases, what they expand to and nesting are limited at the alias
 *       that passes the limit (PB108), and control characters and non-characters are refused at
 *       their position (PB211, PB212). {@code validate} and {@code build} read through the same
 *       classes, so they refuse the same input.</li>
 *   <li>Positions are 1-based; a column counts characters (code points) from the start of the
 *       line to where the field starts (its opening quote, if quoted). A byte-order mark takes no
 *       column; CRLF, LF and CR each end one line.</li>
 *   <li>The CSV header is read as the first record (not with {@code setHeader()}), so a header
 *       cell has a position and a repeated or empty column name is a diagnostic, not a parser
 *       exception.</li>
 *   <li>Cells are stripped of surrounding whitespace. A row with an error builds no record; ids
 *       are still registered from it, so that references to them are not reported as unknown. An
 *       id set from a file that was not read in full (missing column, dropped row, malformed CSV)
 *       is not used to report unknown references.</li>
 *   <li>Coordinates with {@code location_precision = unknown} are PB203 (at the precision cell);
 *       coordinates without {@code location_source} are PB304 (a fact without a source); lat
 *       without lon (or the reverse) is PB208.</li>
 *   <li>YAML — {@code case.md}'s front matter here, exercise front matter and course files in
 *       the modules above — is read by {@link org.parkbench.core.load.YamlFields} alone, so one
 *       mistake has one code everywhere: not YAML or a field given twice PB401, a missing field or
 *       a value of the wrong shape PB402, a required field without a value PB208, an unknown field
 *       PB403 (an error: the value of a misspelt field would be lost). Each reader keeps its own
 *       field list.</li>
 *   <li>A front matter {@code id} that differs from the directory name is PB402 (a field with
 *       the wrong value); PB305 is kept for references to cases (course files), see
 *       {@link org.parkbench.core.load.CaseReference}.</li>
 *   <li>A citation that matches no observation, or several when it names no source, is PB307;
 *       an unknown park or source inside a citation is PB302 or PB303. A cited date must have the
 *       observation's precision ({@code 2016} does not cite {@code 2016-03}).</li>
 *   <li>Stake totals are checked at every date the set of holding owner and developer rows with a
 *       known share changes; periods are half-open. Over 100 % is PB204 at the {@code stake_pct}
 *       cell of the row that crosses 100 in file order; under 100 % (and over 0) is the PB501
 *       warning. A park with a row that did not load is not totalled.</li>
 *   <li>A confirmed zone's {@code park} is resolved across the casebook (the overview's zones link
 *       to parks of other cases), so {@code CaseLoader} alone does not check it.</li>
 *   <li>What a scaffold leaves to fill is PB503 (warning), so a draft still loads: each
 *       {@code TODO} in {@code case.md} (naming its front matter field or narrative section), a CSV
 *       file whose only lines below the header are {@code #} comments (the commented example), and
 *       a {@code sources.csv} without a source. A parks.csv with only its header is complete (the
 *       overview covers no park). {@link org.parkbench.core.load.PlaceholderMarkers} defines the
 *       marker for case and exercise files alike.</li>
 *   <li>Should a model constructor refuse a row the checks let through, its message becomes a
 *       PB203 diagnostic at the row; no exception reaches the caller for bad input.</li>
 * </ul>
 */
package org.parkbench.core.load;
