package org.parkbench.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.parkbench.core.spi.CaseModules;

/** A shipped case's data copied into a temporary folder, to be edited by a test the way a contributor would. */
final class ShippedCaseCopy {
    private ShippedCaseCopy() {
    }

    static Path copy(String id, Path target) throws IOException {
        Path source = CaseModules.discover().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow().dataDirectory();
        Files.createDirectories(target);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }

    /** Replaces {@code from} by {@code to} in every file of {@code dir}. */
    static void replaceAll(Path dir, String from, String to) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.writeString(f, Files.readString(f, StandardCharsets.UTF_8).replace(from, to), StandardCharsets.UTF_8);
            }
        }
    }
}
