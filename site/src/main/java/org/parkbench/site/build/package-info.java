/**
 * The course site's build: what to build ({@code BuildRequest}), the full build into a staging folder
 * swapped in only when complete ({@code SiteBuilder}), and the preview's site that updates one case's
 * pages first ({@code LiveSite}). Both write through the pages' {@code PageSet}, so the list of pages
 * is in one place.
 */
package org.parkbench.site.build;
