package org.parkbench.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of hostile requests ({@code hostile/preview/README.md}): every request listed there is
 * sent, byte for byte, to a running preview, and gets the answer the list gives; a refusal is one
 * line of plain text with nothing of the site, and the preview goes on answering.
 */
class HostileRequestsTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+\\.http)` \\|.*\\| (\\d{3})\\b.*\\|$", Pattern.MULTILINE);
    @TempDir
    Path tmp;
    PreviewServer server;

    @BeforeEach
    void start() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("index.html"), PreviewServerTest.PAGE);
        Files.writeString(site.resolve("404.html"), PreviewServerTest.PAGE.replace("hello", "not here"));
        Files.writeString(tmp.resolve("secret.txt"), "do not serve");
        server = PreviewServer.start(site, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyListedRequestGetsItsAnswerAndNothingOfTheSiteUnlessItIsAddressedToThePreview() throws Exception {
        Path corpus = corpus();
        Map<String, Integer> listed = listed(corpus);
        try (Stream<Path> files = Files.list(corpus)) {
            List<String> requests = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".http")).toList();
            assertThat(listed.keySet()).as("every request in the corpus is listed in its README").containsExactlyInAnyOrderElementsOf(requests);
        }
        int port = server.address().getPort();
        for (Map.Entry<String, Integer> request : listed.entrySet()) {
            String raw = Files.readString(corpus.resolve(request.getKey()), StandardCharsets.US_ASCII)
                    .replace("PORT", Integer.toString(port)).replace("\n", "\r\n");
            String response = send(raw);
            String name = request.getKey();
            assertThat(response).as(name).startsWith("HTTP/1.1 " + request.getValue() + " ")
                    .doesNotContain("do not serve").doesNotContain("Exception").doesNotContain("\tat ");
            if (request.getValue() == 200) {
                assertThat(response).as(name).contains("<p>hello</p>");
            } else {
                String body = response.substring(response.indexOf("\r\n\r\n") + 4);
                assertThat(response).as(name).containsIgnoringCase("Content-Type: text/plain; charset=utf-8").doesNotContain("hello");
                assertThat(body).as(name).endsWith("\n").doesNotContain("<").hasLineCount(1);
            }
        }
        assertThat(send("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200 ");
    }

    private static Path corpus() throws URISyntaxException {
        return Path.of(HostileRequestsTest.class.getResource("/hostile/preview/README.md").toURI()).getParent();
    }

    /** The requests of the README's table and the status each gets, in the order listed. */
    private static Map<String, Integer> listed(Path corpus) throws IOException {
        Map<String, Integer> listed = new LinkedHashMap<>();
        Matcher row = ROW.matcher(Files.readString(corpus.resolve("README.md"), StandardCharsets.UTF_8));
        while (row.find()) {
            listed.put(row.group(1), Integer.parseInt(row.group(2)));
        }
        return listed;
    }

    private String send(String request) throws IOException {
        try (Socket s = new Socket(server.address().getAddress(), server.address().getPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
