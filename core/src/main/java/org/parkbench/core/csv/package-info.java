/**
 * Writing CSV: {@link org.parkbench.core.csv.SpreadsheetCsv} is the one writer of every CSV file
 * Parkbench produces (the site's data downloads and figure data, the {@code figures} command, the
 * gradebook and the manual-scoring list, synthetic courses), so every one has the same dialect and
 * the same guard against spreadsheet formula injection. Reading case data is
 * {@link org.parkbench.core.load}'s business.
 */
package org.parkbench.core.csv;
