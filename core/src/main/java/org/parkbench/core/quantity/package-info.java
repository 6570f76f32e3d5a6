/**
 * How quantities are written, for every module: {@link org.parkbench.core.quantity.QuantityFormat}
 * writes a number as the source reported it, rounded for reading or plain for a formula or a data
 * file, with its unit and the source's qualifier, in one language.
 *
 * <p>Decisions worth knowing: a reported value is never rounded ("18.55" stays "18.55", however
 * long); results of arithmetic are rounded to five significant digits in formulas and to two
 * decimals in figures; nothing depends on the machine's default locale.
 */
package org.parkbench.core.quantity;
