package org.parkbench.app.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves a built site on 127.0.0.1 only, for previewing. Requests are mapped by {@link RequestPath}
 * (nothing outside the site can be read); unknown paths get the site's 404 page. HTML pages are
 * served with a tiny live-reload script added, which polls {@value #VERSION_PATH} and reloads the
 * page when a rebuild bumps the version; the files on disk never contain it, so built output stays
 * byte-identical to {@code build}.
 */
public final class PreviewServer implements AutoCloseable {
    static final String VERSION_PATH = "/__parkbench/version";
    static final String RELOAD_PATH = "/__parkbench/reload.js";
    static final String RELOAD_SCRIPT = """
            (function () {
              var seen = null;
              function poll() {
                fetch('/__parkbench/version', { cache: 'no-store' }).then(function (r) { return r.text(); }).then(function (v) {
                  if (seen !== null && v !== seen) { window.location.reload(); }
                  seen = v;
                }).catch(function () { /* server restarting */ }).finally(function () { setTimeout(poll, 1000); });
              }
              poll();
            })();
            """;
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "parkbench-preview");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong version = new AtomicLong(1);

    private PreviewServer(Path root, HttpServer server) {
        this.root = root;
        this.server = server;
    }

    /** Starts serving {@code root} on 127.0.0.1:{@code port} (0 picks a free port). */
    public static PreviewServer start(Path root, int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        PreviewServer preview = new PreviewServer(root.toAbsolutePath().normalize(), http);
        http.createContext("/", preview::handle);
        http.setExecutor(preview.executor);
        http.start();
        return preview;
    }

    /** The address to open in a browser. */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        return URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort() + "/");
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Tells open pages to reload (after a rebuild). */
    public void bumpVersion() {
        version.incrementAndGet();
    }

    public long version() {
        return version.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String raw = exchange.getRequestURI().getRawPath();
            if (VERSION_PATH.equals(raw)) {
                send(exchange, 200, "text/plain; charset=utf-8", Long.toString(version.get()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (RELOAD_PATH.equals(raw)) {
                send(exchange, 200, TYPES.get("js"), RELOAD_SCRIPT.getBytes(StandardCharsets.UTF_8));
                return;
            }
            Optional<Path> file = RequestPath.resolve(root, raw);
            if (file.isEmpty()) {
                send(exchange, 400, "text/plain; charset=utf-8", "bad request path\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path f = file.get();
            if (Files.isDirectory(f)) {
                f = f.resolve("index.html");
            }
            int status = 200;
            if (!Files.isRegularFile(f)) {
                status = 404;
                f = root.resolve("404.html");
                if (!Files.isRegularFile(f)) {
                    send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            String type = type(f);
            byte[] body = Files.readAllBytes(f);
            if (type.startsWith("text/html")) {
                body = withLiveReload(new String(body, StandardCharsets.UTF_8), status == 404).getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, status, type, body);
        }
    }

    /** Adds the reload script, lets the page's policy allow polling this server, and roots a 404 page. */
    static String withLiveReload(String html, boolean notFound) {
        String page = html.replace("connect-src 'none'", "connect-src 'self'");
        if (!page.contains("connect-src")) {
            page = page.replace("default-src 'none';", "default-src 'none'; connect-src 'self';");
        }
        if (notFound) {
            page = page.replace("<head>", "<head>\n<base href=\"/\">").replace("base-uri 'none'", "base-uri 'self'");
        }
        return page.replace("</body>", "<script src=\"" + RELOAD_PATH + "\"></script>\n</body>");
    }

    private static String type(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return TYPES.getOrDefault(dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
