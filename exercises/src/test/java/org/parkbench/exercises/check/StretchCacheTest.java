package org.parkbench.exercises.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Derivations kept between runs: read back by the next run, private to their owner, damage ignored. */
class StretchCacheTest {
    @TempDir
    Path dir;

    @Test
    void aDerivationKeptByOneRunIsReadByTheNextAndTheFileIsTheOwnersAlone() throws Exception {
        byte[] derived = StretchedHash.derive("salt", "password", 2);
        String fingerprint = "ab".repeat(32);
        new StretchCache(Optional.of(dir)).put(fingerprint, derived);

        StretchCache next = new StretchCache(Optional.of(dir));

        assertThat(next.get(fingerprint)).hasValueSatisfying(d -> assertThat(d).isEqualTo(derived));
        assertThat(next.get("cd".repeat(32))).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(StretchCache.FILE)))).isEqualTo("rw-------");
    }

    @Test
    void damagedLinesAreIgnoredAndAnOversizedFileIsStartedAfresh() throws Exception {
        String good = "01".repeat(32) + " " + HexFormat.of().formatHex(new byte[32]);
        Files.writeString(dir.resolve(StretchCache.FILE), "not a line\n" + "zz".repeat(32) + " 00\n" + good + "\n" + good.substring(0, 70) + "\n");
        assertThat(new StretchCache(Optional.of(dir)).get("01".repeat(32))).isPresent();

        Files.write(dir.resolve(StretchCache.FILE), new byte[(int) StretchCache.MAX_BYTES + 1]);
        assertThat(new StretchCache(Optional.of(dir)).get("01".repeat(32))).isEmpty();
        assertThat(dir.resolve(StretchCache.FILE)).doesNotExist();
    }

    @Test
    void offKeepsNothing() {
        StretchCache off = new StretchCache(Optional.empty());
        off.put("01".repeat(32), new byte[32]);
        assertThat(off.get("01".repeat(32))).isEmpty();
    }
}
