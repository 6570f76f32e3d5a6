/**
 * The preview behind {@code parkbench serve}: an HTTP server on 127.0.0.1 only that maps request
 * paths strictly into the built site (nothing outside it can be read), a watcher of case data,
 * templates and the course file, and the loop that rebuilds one case's pages first (through the site's
 * {@code LiveSite}) and tells open pages to reload.
 */
package org.parkbench.app.serve;
