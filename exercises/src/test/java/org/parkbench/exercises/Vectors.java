package org.parkbench.exercises;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The test vectors shared by the Java tests and the Node run of variant.js and check.js. */
public final class Vectors {
    private Vectors() {
    }

    public static JsonNode load() {
        try (InputStream in = Vectors.class.getResourceAsStream("/parkbench/exercises/vectors.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A resource of the test or main classpath as a file (Maven runs tests from target/*classes). */
    public static Path file(String resource) {
        try {
            return Path.of(Vectors.class.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
