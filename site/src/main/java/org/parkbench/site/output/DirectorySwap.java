package org.parkbench.site.output;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Exchanges two directories in one step where the system can: on Linux, {@code renameat2(2)} with
 * {@code RENAME_EXCHANGE} (Linux 3.15 and glibc 2.28 or later; ext4, XFS, Btrfs, tmpfs and most
 * local file systems), called through JNA because the JDK has no such call. Whoever opens either
 * path sees one directory or the other, never neither. Where the call does not exist or the file
 * system does not support it (Windows, macOS, NFS and other network or FUSE file systems),
 * {@link #exchange} says so and changes nothing, and the caller renames twice.
 */
final class DirectorySwap {
    private static final boolean LINUX = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
    private static final int AT_FDCWD = -100;
    private static final int RENAME_EXCHANGE = 2;
    /** EINVAL (the file system has no exchange), ENOSYS (the kernel has no renameat2), EOPNOTSUPP. */
    private static final Set<Integer> UNSUPPORTED = Set.of(22, 38, 95);

    /** The C library's calls used here; the paths are NUL-terminated bytes in the file-name encoding. */
    interface LinuxCalls extends Library {
        int renameat2(int oldDirectory, byte[] oldPath, int newDirectory, byte[] newPath, int flags);

        String strerror(int errno);
    }

    /** Loaded on first use, so only a build that replaces an earlier site unpacks JNA's native part. */
    private static final class Linux {
        static final LinuxCalls CALLS = load();

        private static LinuxCalls load() {
            try {
                return Native.load("c", LinuxCalls.class);
            } catch (UnsatisfiedLinkError | RuntimeException e) {
                return null; // no native access here (an unusual platform, a temp folder that cannot hold JNA's library)
            }
        }
    }

    private DirectorySwap() {
    }

    /** Whether this system offers the exchange at all (a given file system may still refuse it). */
    static boolean available() {
        if (!LINUX) {
            return false;
        }
        try {
            return Linux.CALLS != null;
        } catch (LinkageError e) {
            return false; // JNA is not on the classpath
        }
    }

    /**
     * Swaps the directories {@code a} and {@code b} (both exist, on one file system) in one step.
     *
     * @return false when this system or file system cannot, and nothing was changed
     * @throws IOException when it could but failed (permissions, a busy mount point)
     */
    static boolean exchange(Path a, Path b) throws IOException {
        if (!available()) {
            return false;
        }
        int result;
        try {
            result = Linux.CALLS.renameat2(AT_FDCWD, nativePath(a), AT_FDCWD, nativePath(b), RENAME_EXCHANGE);
        } catch (UnsatisfiedLinkError e) {
            return false; // a C library older than glibc 2.28
        }
        if (result == 0) {
            return true;
        }
        int errno = Native.getLastError();
        if (UNSUPPORTED.contains(errno)) {
            return false;
        }
        throw new IOException("cannot exchange " + a + " and " + b + ": " + Linux.CALLS.strerror(errno) + " (errno " + errno + ")");
    }

    /** The path as the C library takes it: the bytes the JDK uses for file names, NUL-terminated. */
    private static byte[] nativePath(Path p) {
        byte[] name = p.toAbsolutePath().toString().getBytes(Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")));
        return Arrays.copyOf(name, name.length + 1);
    }
}
