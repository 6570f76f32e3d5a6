/**
 * {@code parkbench new-case}: a new case to fill in, as a Maven module registered in the project
 * or as a data-only directory for a course file. Templates are resources under
 * {@code parkbench/scaffold/} ({@code case/}, {@code exercises/}, {@code module/}); a scaffolded
 * case loads with warnings only (PB503, one per placeholder), so it builds and shows as a draft.
 * A data-only case becomes a module ({@code new-case ID --from DIR}) around a copy of its files.
 */
package org.parkbench.app.scaffold;
