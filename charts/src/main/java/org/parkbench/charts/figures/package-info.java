/**
 * Parkbench's own figures, one small recipe class per kind: the paper's headline statistics, the
 * confirmed zones, the development models, indicators over time, stake structures, milestones, derived
 * ratios and the map of parks. Each builds its data table from core and draws it in the house style.
 */
package org.parkbench.charts.figures;
