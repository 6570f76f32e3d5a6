/**
 * Values derived from cited facts, each with its unit, its formula written out with the actual
 * numbers and the facts it used: densities, growth, shares and implied totals of published
 * statistics, stake structures. {@link org.parkbench.core.analysis.Derivations} holds them as
 * functions, {@link org.parkbench.core.analysis.DerivationCatalog} by name for exercise keys and
 * the site, {@link org.parkbench.core.analysis.HeadlineTable} checks the paper's headline shares.
 *
 * <p>Decisions worth knowing: nothing is averaged, chosen between or converted across
 * currencies; "more than 9000 jobs" stays "more than" in a ratio (see
 * {@link org.parkbench.core.model.Qualifier}); a reported share is compared at the decimals it
 * was printed with, and one that equals the cut-off rather than the rounded value is called
 * {@link org.parkbench.core.analysis.Agreement#TRUNCATED}; catalog parameters select facts by
 * park, indicator, {@code as_of} (exact date text) or {@code year}, and {@code source}, with a
 * prefix for a second fact ({@code area_as_of}, {@code enterprises_year}, {@code from_source},
 * {@code to_year}), and two matching facts are an error that lists them, never a silent choice;
 * the one exception is the second figure of a ratio, which {@link
 * org.parkbench.core.analysis.RatioPairingRule} chooses (the closest-dated figure of the same scope,
 * at most two years apart, from a source that is not of low confidence) when the parameters leave
 * several, and which must satisfy that rule when they name it.
 */
package org.parkbench.core.analysis;
