/**
 * Export to learning platforms: Moodle GIFT ({@link org.parkbench.exercises.export.GiftExporter}),
 * IMS QTI 2.1 content packages ({@link org.parkbench.exercises.export.QtiExporter}) and Canvas's
 * QTI 1.2 dialect ({@link org.parkbench.exercises.export.CanvasExporter}).
 */
package org.parkbench.exercises.export;
