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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves a built site on 127.0.0.1 only, for previewing. Requests are mapped by {@link RequestPath}
 * (nothing outside the site can be read); unknown paths get the site's 404 page. HTML pages are
 * served with a tiny live-reload script added, which polls {@value #VERSION_PATH} and reloads the
 * page when a rebuild bumps the version; the files on disk never contain it, so built output stays
 * byte-identical to {@code build}.
 *
 * <p>Only requests that name the preview in their {@code Host} header are answered
 * ({@link LoopbackHost}): another name gets 421 Misdirected Request, a missing or doubled
 * {@code Host} 400, each with one line of plain text and nothing of the site. A client that has
 * not sent its whole request {@value #REQUEST_SECONDS} s after its first byte is disconnected,
 * and one that has not taken its whole answer after {@value #RESPONSE_SECONDS} s too (a client
 * that sends nothing at all holds no thread, and is closed within about 10 s); requests are
 * answered by up to {@value #THREADS} threads, so a few slow sockets hold a few threads for a few
 * seconds and every other request goes on being answered at once.
 */
public final class PreviewServer implements AutoCloseable {
    /** Seconds a client may take to send its request line and headers (counted from its first byte). */
    static final int REQUEST_SECONDS = 5;
    /** Seconds a client may take to read an answer. */
    static final int RESPONSE_SECONDS = 30;
    /**
     * Threads answering requests at most, each started when a request finds none free (and ended
     * after 30 s without work). A request does not queue behind slow clients: the server's request
     * timer runs while it waits, so it would be dropped with them. A request beyond them all is
     * dropped at once (the browser retries).
     */
    static final int THREADS = 100;

    static {
        // The JDK's HTTP server (module jdk.httpserver) reads its limits from these system
        // properties once, when it is first used; without them it waits for a request forever.
        // A value given on the command line (PARKBENCH_JAVA_OPTS=-D...) is kept.
        keepOrSet("sun.net.httpserver.maxReqTime", REQUEST_SECONDS);
        keepOrSet("sun.net.httpserver.maxRspTime", RESPONSE_SECONDS);
    }

    static final String VERSION_PATH = "/__parkbench/version";
    static final String RELOAD_PATH = "/__parkbench/reload.js";
    static final String PROBLEMS_PATH = "/__parkbench/problems";
    /**
     * Polls the version and reloads the page when it changes; polls the problems of the last build and,
     * while there are any, lays them over the page (the page below is the last good build), so an edit
     * that breaks the data is seen in the browser, not only in the terminal. Text only: the diagnostics
     * are set as text content, never as markup.
     */
    static final String RELOAD_SCRIPT = """
            (function () {
              var seen = null, shown = null, overlay = null;
              function show(text) {
                if (text === shown) { return; }
                shown = text;
                if (overlay) { overlay.remove(); overlay = null; }
                if (!text) { return; }
                overlay = document.createElement('section');
                overlay.id = 'parkbench-build-problems';
                overlay.setAttribute('role', 'alert');
                overlay.setAttribute('aria-labelledby', 'parkbench-build-problems-title');
                var st = overlay.style;
                st.position = 'fixed'; st.left = '0'; st.right = '0'; st.bottom = '0'; st.maxHeight = '60vh'; st.overflow = 'auto';
                st.zIndex = '2147483647'; st.background = '#fff8f6'; st.color = '#3b0a00'; st.borderTop = '4px solid #b3261e';
                st.padding = '0.75rem 1rem'; st.font = '14px/1.45 system-ui, sans-serif'; st.boxShadow = '0 -4px 16px rgba(0,0,0,.25)';
                var h = document.createElement('h2');
                h.id = 'parkbench-build-problems-title';
                h.textContent = 'The last build failed: this page is the previous site. Fix these and save; the page updates itself.';
                h.style.font = '600 15px/1.3 system-ui, sans-serif'; h.style.margin = '0 0 0.5rem';
                var pre = document.createElement('pre');
                pre.textContent = text;
                pre.style.whiteSpace = 'pre-wrap'; pre.style.margin = '0'; pre.style.font = '13px/1.45 ui-monospace, monospace';
                var close = document.createElement('button');
                close.type = 'button'; close.textContent = 'Hide';
                close.style.float = 'right';
                close.addEventListener('click', function () { overlay.hidden = true; });
                overlay.appendChild(close); overlay.appendChild(h); overlay.appendChild(pre);
                document.body.appendChild(overlay);
              }
              function poll() {
                fetch('/__parkbench/version', { cache: 'no-store' }).then(function (r) { return r.text(); }).then(function (v) {
                  if (seen !== null && v !== seen) { window.location.reload(); return; }
                  seen = v;
                  return fetch('/__parkbench/problems', { cache: 'no-store' }).then(function (r) { return r.text(); }).then(show);
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
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(0, THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
            r -> {
                Thread t = new Thread(r, "parkbench-preview");
                t.setDaemon(true);
                return t;
            });
    private final AtomicLong version = new AtomicLong(1);
    private final java.util.concurrent.atomic.AtomicReference<String> problems = new java.util.concurrent.atomic.AtomicReference<>("");

    private PreviewServer(Path root, HttpServer server) {
        this.root = root;
        this.server = server;
    }

    private static void keepOrSet(String property, int value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, Integer.toString(value));
        }
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

    /**
     * What the last build reported, as the terminal shows it (file:line:column, what is wrong, how to
     * fix it), for open pages to lay over themselves; empty once a build succeeds.
     */
    public void problems(String text) {
        problems.set(text == null ? "" : text);
    }

    public String problems() {
        return problems.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!addressedHere(exchange)) {
                return;
            }
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
            if (PROBLEMS_PATH.equals(raw)) {
                send(exchange, 200, "text/plain; charset=utf-8", problems.get().getBytes(StandardCharsets.UTF_8));
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

    /**
     * Whether the request names this preview (its {@code Host} header, and the authority of a request
     * target in absolute form); if not, the refusal has been sent.
     */
    private boolean addressedHere(HttpExchange exchange) throws IOException {
        int port = server.getAddress().getPort();
        List<String> hosts = exchange.getRequestHeaders().get("Host");
        if (hosts == null || hosts.size() != 1) {
            refuse(exchange, 400, "bad request: a request to the preview needs one Host header");
            return false;
        }
        String authority = exchange.getRequestURI().getRawAuthority();
        if (!LoopbackHost.allowed(hosts.get(0), port) || (authority != null && !LoopbackHost.allowed(authority, port))) {
            refuse(exchange, 421, "misdirected request: this preview answers only to " + LoopbackHost.names(port));
            return false;
        }
        return true;
    }

    /** One line of plain text, nothing of the site, and the connection closed. */
    private static void refuse(HttpExchange exchange, int status, String message) throws IOException {
        exchange.getResponseHeaders().set("Connection", "close");
        send(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
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
