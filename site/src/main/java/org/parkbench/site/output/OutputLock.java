package org.parkbench.site.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * One writer of a site folder at a time. The lock is the operating system's lock
 * ({@link FileChannel#tryLock()}) on the file {@code .NAME.lock} beside the folder {@code NAME}, so
 * it goes with the process that held it: a build that was killed never blocks the next one. A
 * second build or preview of the same folder is refused at once with {@link OutputBusyException},
 * naming the process that holds the lock (its id is written into the file); it does not wait.
 *
 * <p>The file stays beside the folder after the build: deleting a lock file that another process
 * may have just opened would let two processes each hold a lock on "the" file. It is empty but for
 * a process id, and harmless to delete while no build runs. Within one process the locks held are
 * also kept in a table, and a second acquisition is refused from it without opening the file again:
 * on POSIX systems closing any channel to a file releases every lock the process holds on it.
 */
public final class OutputLock implements AutoCloseable {
    static final String SUFFIX = ".lock";
    private static final Map<Path, OutputLock> HELD = new HashMap<>();

    private final Path file;
    private final FileChannel channel; // holds the lock while open

    private OutputLock(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Takes the lock of the site folder {@code out} (symbolic links followed, as a build follows them).
     *
     * @throws OutputRefusedException when {@code out} could not hold a site (nothing is created then)
     * @throws OutputBusyException    when another build or preview, in this process or another, holds it
     */
    public static OutputLock acquire(Path out) {
        Path place = OutputDirectory.place(out);
        OutputDirectory.check(place);
        return ofPlace(place);
    }

    /** Takes the lock of {@code place}, a site folder whose links are already followed. */
    static OutputLock ofPlace(Path place) {
        Path file = fileOf(place);
        synchronized (HELD) {
            if (HELD.containsKey(file)) {
                throw new OutputBusyException(place, "this process (a preview or another build running in it)");
            }
            try {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
                if (lock == null) {
                    String holder = holder(channel);
                    channel.close();
                    throw new OutputBusyException(place, holder);
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
                OutputLock held = new OutputLock(file, channel);
                HELD.put(file, held);
                return held;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock " + file + " (the lock that keeps two builds from writing " + place
                        + " at once): " + e.getMessage(), e);
            }
        }
    }

    /** Whether this is the lock of the site folder {@code out}. */
    public boolean covers(Path out) {
        return file.equals(fileOf(OutputDirectory.place(out)));
    }

    /** The lock file of {@code place}: beside it, its parent's links resolved, so every way of naming the folder finds the same file. */
    private static Path fileOf(Path place) {
        Path parent = place.getParent();
        if (parent == null) {
            throw new OutputRefusedException(place, "a site cannot replace the file-system root");
        }
        try {
            Files.createDirectories(parent);
            return parent.toRealPath().resolve("." + place.getFileName() + SUFFIX);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + parent + ": " + e.getMessage(), e);
        }
    }

    /** Who holds the lock, as far as the file tells (where locks are mandatory, as on Windows, it cannot be read). */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer bytes = ByteBuffer.allocate(24);
            channel.read(bytes, 0);
            long pid = Long.parseLong(new String(bytes.array(), 0, bytes.position(), StandardCharsets.US_ASCII).strip());
            if (ProcessHandle.of(pid).isPresent()) {
                return "another Parkbench build or preview (process " + pid + ")";
            }
        } catch (IOException | NumberFormatException e) {
            // no id to show
        }
        return "another Parkbench build or preview";
    }

    /** Releases the lock (the file stays); closing twice does nothing. */
    @Override
    public void close() {
        synchronized (HELD) {
            if (!HELD.remove(file, this)) {
                return;
            }
            try {
                channel.close(); // releases the lock
            } catch (IOException e) {
                throw new UncheckedIOException("cannot release the lock " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
