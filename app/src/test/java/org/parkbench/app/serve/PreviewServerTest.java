package org.parkbench.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {
    static final String PAGE = "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" "
            + "content=\"default-src 'none'; script-src 'self'; base-uri 'none'\"></head><body><p>hello</p></body></html>";
    @TempDir
    Path tmp;
    Path site;
    PreviewServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("index.html"), PAGE);
        Files.writeString(site.resolve("404.html"), PAGE.replace("hello", "not here"));
        Files.writeString(tmp.resolve("secret.txt"), "do not serve");
        server = PreviewServer.start(site, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the path exactly as given, so no client normalises it first. */
    private String raw(String path) throws IOException {
        try (Socket s = new Socket(server.address().getAddress(), server.address().getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try (InputStream in = s.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(server.address().getAddress()).isEqualTo(InetAddress.getLoopbackAddress());
        assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void servesPagesWithTheLiveReloadScriptButLeavesTheFilesAlone() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(page.body()).contains("<p>hello</p>").contains("<script src=\"/__parkbench/reload.js\"></script>")
                .contains("connect-src 'self'");
        assertThat(Files.readString(site.resolve("index.html"))).isEqualTo(PAGE);
        assertThat(get("/__parkbench/reload.js").body()).contains("/__parkbench/version");
    }

    @Test
    void theVersionChangesWhenARebuildIsAnnounced() throws Exception {
        String before = get("/__parkbench/version").body();
        server.bumpVersion();
        assertThat(get("/__parkbench/version").body()).isNotEqualTo(before);
    }

    @Test
    void unknownPagesGetTheSitesNotFoundPage() throws Exception {
        HttpResponse<String> missing = get("/no/such/page.html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("not here").contains("<base href=\"/\">");
    }

    @Test
    void noRequestReadsAFileOutsideTheSite() throws Exception {
        for (String path : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/..%2fsecret.txt",
                "/%252e%252e/secret.txt", "/..\\secret.txt"}) {
            String response = raw(path);
            assertThat(response).as(path).doesNotContain("do not serve").startsWith("HTTP/1.1 4");
        }
    }

    @Test
    void refusesMethodsThatWouldChangeSomething() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(server.uri()).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(URI.create(server.uri().toString()).getPort()).isPositive();
    }
}
