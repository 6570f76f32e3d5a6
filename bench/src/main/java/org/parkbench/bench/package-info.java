/**
 * The benchmark (see {@code bench/README.md}): JMH benchmarks of a park page, a case page, the search
 * text and figures; the Hugo side of the comparison (the same pages written as a Hugo site); and the
 * preview probe that times a case edit until the updated page is served. Uses the other modules'
 * public API only.
 */
package org.parkbench.bench;
