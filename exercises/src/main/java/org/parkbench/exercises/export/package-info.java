/**
 * Export to learning platforms: Moodle GIFT ({@link org.parkbench.exercises.export.GiftExporter})
 * and IMS QTI 2.1 content packages ({@link org.parkbench.exercises.export.QtiExporter}).
 */
package org.parkbench.exercises.export;
