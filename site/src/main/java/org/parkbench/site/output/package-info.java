/**
 * Where a build's files go and how: the site's file layout ({@code SitePaths}), files written in a
 * staging folder and swapped in atomically ({@code OutputDirectory}, one exchange on Linux through
 * {@code DirectorySwap}) or replaced one by one in place, one writer per folder
 * ({@code OutputLock}), a foreign output folder refused, the record of figures an earlier build
 * drew, and the threads pages and figures are rendered on.
 */
package org.parkbench.site.output;
