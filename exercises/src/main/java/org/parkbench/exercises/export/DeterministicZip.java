package org.parkbench.exercises.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip archive whose bytes depend only on its entries: names sorted, every entry dated
 * 1980-01-01 00:00 (the first date a zip can hold, set without a time zone), no comments or
 * extra fields. The same exercises therefore export to the same file on every machine; the SCORM
 * package (app) is zipped by it too.
 */
public final class DeterministicZip {
    private static final LocalDateTime FIXED = LocalDateTime.of(1980, 1, 1, 0, 0);
    private final Map<String, byte[]> entries = new TreeMap<>();

    /** Adds an entry; a name can be added once. */
    public void add(String name, byte[] content) {
        if (entries.put(name, content) != null) {
            throw new IllegalArgumentException("the archive already has " + name);
        }
    }

    /** The archive: the entries in name order, each at the fixed date. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(FIXED);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
