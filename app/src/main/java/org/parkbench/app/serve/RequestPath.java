package org.parkbench.app.serve;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Maps the path of a request to a file under the site root, or to nothing. The raw path is decoded
 * once, strictly; any {@code ..} or {@code .} segment (however it was encoded), backslash, NUL,
 * doubly-encoded {@code %} or a result outside the root is refused, so no request can read a file
 * the site does not hold.
 */
final class RequestPath {
    private RequestPath() {
    }

    /** The file a raw request path (as sent, still percent-encoded, without query) names. */
    static Optional<Path> resolve(Path root, String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String decoded = decode(rawPath);
        if (decoded == null || decoded.indexOf('\\') >= 0 || decoded.indexOf('\0') >= 0 || decoded.contains("//")) {
            return Optional.empty();
        }
        for (String segment : decoded.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.empty();
            }
        }
        String relative = decoded.substring(1);
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative = relative + "index.html";
        }
        Path base = root.toAbsolutePath().normalize();
        Path file = base.resolve(relative).normalize();
        return file.startsWith(base) ? Optional.of(file) : Optional.empty();
    }

    /** Percent-decodes UTF-8; null when malformed or when the result still holds a '%' escape. */
    static String decode(String raw) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7f) {
                return null;
            } else {
                bytes.write(c);
            }
        }
        String s = new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0 || s.matches("(?s).*%[0-9A-Fa-f]{2}.*")) {
            return null;
        }
        return s;
    }
}
