/**
 * Variants: which variant a student gets ({@link org.parkbench.exercises.variant.VariantChooser},
 * the same hash as the site's {@code variant.js}) and how variant parameters fill placeholders.
 */
package org.parkbench.exercises.variant;
