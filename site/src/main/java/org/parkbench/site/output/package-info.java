/**
 * Where a build's files go and how: the site's file layout ({@code SitePaths}), files written in a
 * staging folder and swapped in atomically or replaced one by one in place, a foreign output folder
 * refused, the record of figures an earlier build drew, and the threads pages and figures are
 * rendered on.
 */
package org.parkbench.site.output;
