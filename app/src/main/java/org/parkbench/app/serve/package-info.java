/**
 * The preview behind {@code parkbench serve}: an HTTP server on 127.0.0.1 only that answers only
 * requests whose {@code Host} names it (so a page using DNS rebinding cannot read it), cuts off
 * clients that stall, and maps request paths strictly into the built site (nothing outside it can
 * be read); a watcher of case data, templates and the course file; and the loop that rebuilds one
 * case's pages first (through the site's {@code LiveSite}) and tells open pages to reload.
 */
package org.parkbench.app.serve;
