package org.parkbench.core.load;

/**
 * The short cell values of one file, each made once: a file repeats the same park ids, source
 * keys, units, dates and words on every row, and a value read again is the string made the first
 * time, not a copy. That saves most of a large file's allocations while it is read, and the cases
 * loaded share their strings. Not thread-safe: one file is read by one thread.
 */
final class CellValues {
    /** Longer values (names, notes) are rarely repeated: they are copied as they are. */
    private static final int MAX_SHARED = 40;
    private String[] table = new String[256];
    private int count;

    /**
     * The text from {@code from} to {@code to}, shared with an equal value read before; hashed and
     * compared over {@code chars}, the characters of {@code text}.
     */
    String of(char[] chars, String text, int from, int to) {
        int length = to - from;
        if (length == 0) {
            return "";
        }
        if (length > MAX_SHARED) {
            return text.substring(from, to);
        }
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + chars[i];
        }
        int mask = table.length - 1;
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (true) {
            String known = table[slot];
            if (known == null) {
                String value = text.substring(from, to);
                table[slot] = value;
                if (++count * 2 > table.length) {
                    grow();
                }
                return value;
            }
            if (known.length() == length && same(chars, from, known)) {
                return known;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static boolean same(char[] chars, int from, String known) {
        for (int i = 0; i < known.length(); i++) {
            if (chars[from + i] != known.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String value : old) {
            if (value != null) {
                int hash = value.hashCode();
                int slot = (hash ^ (hash >>> 16)) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = value;
            }
        }
    }
}
