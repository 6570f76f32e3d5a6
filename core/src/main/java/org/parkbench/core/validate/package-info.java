/**
 * Diagnostics: every problem the loader and validators find, with its stable code, severity, position
 * ({@code path:line:column}), message and hint, collected so that all are reported at once.
 */
package org.parkbench.core.validate;
