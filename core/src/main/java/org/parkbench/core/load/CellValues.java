package org.parkbench.core.load;

import java.util.HashMap;
import java.util.Map;

/**
 * The short cell values of one file, each kept once: a file repeats the same park ids, source
 * keys, units, dates and words on every row, and Commons CSV makes a new string for each cell. A
 * value read again is replaced by the string kept the first time, so the cases loaded share their
 * strings instead of holding a copy per row (docs/decisions/007-csv-reading.md measures what that
 * saves). Not thread-safe: one file is read by one thread.
 */
final class CellValues {
    /** Longer values (names, notes) are rarely repeated: they are kept as they are. */
    private static final int MAX_SHARED = 40;
    private final Map<String, String> known = new HashMap<>(256);

    /** {@code values}, each short one replaced by an equal one read before; the array is changed in place. */
    String[] of(String[] values) {
        for (int i = 0; i < values.length; i++) {
            String value = values[i];
            if (value.length() <= MAX_SHARED) {
                String first = known.putIfAbsent(value, value);
                if (first != null) {
                    values[i] = first;
                }
            }
        }
        return values;
    }
}
