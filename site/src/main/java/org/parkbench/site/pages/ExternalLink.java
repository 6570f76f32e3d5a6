package org.parkbench.site.pages;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A link out of the site, to a source. Only absolute {@code http} and {@code https} URLs with a host
 * qualify; anything else a data file holds ({@code javascript:}, {@code data:}, relative paths,
 * malformed text) yields no link, and the page shows the source without one.
 */
public final class ExternalLink {
    private ExternalLink() {
    }

    public static Optional<String> of(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String trimmed = url.strip();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '`' || c == '\\') {
                return Optional.empty();
            }
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(trimmed);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
