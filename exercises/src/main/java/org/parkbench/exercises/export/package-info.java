/**
 * Export to learning platforms: Moodle GIFT ({@link org.parkbench.exercises.export.GiftExporter}),
 * Moodle XML ({@link org.parkbench.exercises.export.MoodleXmlExporter}), IMS QTI 2.1 content
 * packages ({@link org.parkbench.exercises.export.QtiExporter}) and Canvas's QTI 1.2 dialect
 * ({@link org.parkbench.exercises.export.CanvasExporter}), their words in each exercise's
 * language ({@link org.parkbench.exercises.export.ExportWords}).
 */
package org.parkbench.exercises.export;
