package org.parkbench.core.model;

/** What a unit measures; units of one dimension (and currency) convert into each other. */
public enum Dimension {
    COUNT, PERSONS, AREA, MONEY, SHARE, PRODUCTION
}
