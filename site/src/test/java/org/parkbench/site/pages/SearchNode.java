package org.parkbench.site.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** The search page's script under Node ({@code search-node.js}); tests that need it are skipped where Node is absent. */
final class SearchNode {
    static final Path SEARCH_JS = Path.of("src/main/resources/parkbench/site/assets/search.js");
    static final Path RUNNER = Path.of("src/test/resources/search-node.js");
    static final Path VECTORS = Path.of("src/test/resources/search-tokens.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchNode() {
    }

    static Path node() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            Path node = Path.of(dir, "node");
            if (Files.isExecutable(node)) {
                return node;
            }
        }
        System.err.println("Node.js is not installed (the package nodejs): the search script's tests under Node are skipped");
        Assumptions.abort("node missing: install nodejs to run the search script's tests");
        return null;
    }

    static JsonNode run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(node().toString(), RUNNER.toString()));
        command.addAll(List.of(arguments));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("node " + String.join(" ", arguments) + " failed");
        }
        return JSON.readTree(new String(out, StandardCharsets.UTF_8));
    }
}
