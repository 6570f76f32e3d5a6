package org.parkbench.app.serve;

import java.util.Locale;

/**
 * The names a request to the preview may give in its {@code Host} header: {@code 127.0.0.1:PORT},
 * {@code localhost:PORT} or {@code [::1]:PORT}, with the port the preview listens on (and without it
 * when that port is 80, which browsers leave out). A page that a browser loaded from another name,
 * say {@code evil.example}, and that DNS rebinding then points at 127.0.0.1 still sends its own name,
 * so it is refused instead of reading the site, whose instructor profile holds keys and solutions.
 */
final class LoopbackHost {
    private static final String[] NAMES = {"127.0.0.1", "localhost", "[::1]"};

    private LoopbackHost() {
    }

    /** Whether {@code host} (a {@code Host} header's value, or a request target's authority) names this preview. */
    static boolean allowed(String host, int port) {
        String given = host.strip().toLowerCase(Locale.ROOT);
        for (String name : NAMES) {
            if (given.equals(name + ":" + port) || (port == 80 && given.equals(name))) {
                return true;
            }
        }
        return false;
    }

    /** The addresses the preview answers to, for a refusal's message. */
    static String names(int port) {
        return "http://127.0.0.1:" + port + "/, http://localhost:" + port + "/ or http://[::1]:" + port + "/";
    }
}
