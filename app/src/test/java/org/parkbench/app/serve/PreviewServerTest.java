package org.parkbench.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.address().getPort() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try (InputStream in = s.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** A client that sends the start of a request line and then nothing: the connection stays open. */
    private Socket halfOpen() throws IOException {
        Socket s = new Socket(server.address().getAddress(), server.address().getPort());
        s.getOutputStream().write("GET /ind".getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        return s;
    }

    private static void closeAll(List<Socket> sockets) throws IOException {
        for (Socket s : sockets) {
            s.close();
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
    void aPageFromAnotherNameIsRefusedWithoutAnyOfTheSite() throws Exception {
        try (Socket s = new Socket(server.address().getAddress(), server.address().getPort())) {
            s.setSoTimeout(10_000);
            int port = server.address().getPort();
            s.getOutputStream().write(("GET / HTTP/1.1\r\nHost: evil.example:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 421").contains("text/plain")
                    .contains("misdirected request: this preview answers only to http://127.0.0.1:" + port + "/")
                    .doesNotContain("hello");
        }
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    /** The bound: four connections that send half a request line do not delay a normal request beyond 1 s. */
    @Test
    void fourHalfOpenConnectionsDoNotDelayANormalRequest() throws Exception {
        assertThat(raw("/")).startsWith("HTTP/1.1 200"); // the first request of the JVM pays for loading classes
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                slow.add(halfOpen());
            }
            Thread.sleep(500); // the server has taken them up, each holding a thread while it waits for the rest
            long start = System.nanoTime();
            String response = raw("/");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(response).startsWith("HTTP/1.1 200").contains("<p>hello</p>");
            assertThat(millis).as("a normal request beside four slow clients took %d ms", millis).isLessThan(1000);
        } finally {
            closeAll(slow);
        }
    }

    /** More slow clients than threads: each is disconnected after the request time, and then requests are answered again. */
    @Test
    void clientsThatStopHalfwayThroughTheirRequestAreDisconnected() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < PreviewServer.THREADS + 4; i++) {
                slow.add(halfOpen());
            }
            long deadline = System.nanoTime() + (PreviewServer.REQUEST_SECONDS + 10) * 1_000_000_000L;
            for (Socket s : slow) {
                long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
                s.setSoTimeout((int) left);
                assertThat(endOfStream(s)).as("the server closed a slow client within %d s", PreviewServer.REQUEST_SECONDS + 10)
                        .isTrue();
            }
            assertThat(raw("/")).startsWith("HTTP/1.1 200");
        } finally {
            closeAll(slow);
        }
    }

    /** Whether the server closed the connection (end of stream or reset) before the socket's timeout. */
    private static boolean endOfStream(Socket s) throws IOException {
        try {
            return s.getInputStream().read() == -1;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true; // reset by the server
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
