package org.parkbench.site.output;

/**
 * A browser script as the site ships it: the source without its comment lines, blank lines and
 * indentation, so that the pages' budget (100 KB with every script a page loads; decision 005) pays
 * for code, not for the notes written for contributors. Only whole lines go: a line that starts
 * with {@code //}, and a comment that starts a line with {@code /*} through the line that closes
 * it; a comment after code stays, and nothing inside a line changes. This is safe for the site's
 * scripts, which have no template literals or strings continued over lines (where a line could
 * start with {@code //} without being a comment); the browser tests run what it writes.
 */
public final class ScriptText {
    private ScriptText() {
    }

    public static String compact(String source) {
        StringBuilder out = new StringBuilder(source.length());
        boolean inComment = false;
        for (String line : source.split("\n", -1)) {
            String text = line.strip();
            if (inComment || text.startsWith("/*")) {
                int end = text.indexOf("*/", inComment ? 0 : 2);
                inComment = end < 0;
                text = inComment ? "" : text.substring(end + 2).strip();
            } else if (text.startsWith("//")) {
                text = "";
            }
            if (!text.isEmpty()) {
                out.append(text).append('\n');
            }
        }
        return out.toString();
    }
}
