package org.parkbench.site.pages;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parkbench.markup.TrustedHtml;
import org.parkbench.site.output.SiteFiles;
import org.parkbench.site.template.Templates;

/**
 * The site's layout ({@code layout.vm}: head, header, navigation, footer) around a page's content.
 * Only five things in it change from page to page: the folder depth (links to the root), the
 * section (the current navigation item), the page's title and description, and its path (which the
 * links to the page's other languages use). So the layout is rendered once per depth and section,
 * with stand-ins where the title, description, path and content go, and kept as UTF-8 bytes; a page
 * is then its frame's pieces with the title, description and path escaped (as the template's
 * insertion handler escapes them) and the content put in their places.
 * Ten thousand park pages share one frame instead of rendering the layout ten thousand times.
 *
 * <p>The layout template sees only {@code $root}, {@code $site}, {@code $t} (the words), {@code $page} and
 * {@code $content}: a reference to anything else fails the build (strict mode), so a frame can
 * never silently miss something a page would have printed.
 */
final class LayoutFrames {
    private static final String TITLE = "\u0001parkbench-page-title\u0001";
    private static final String DESCRIPTION = "\u0001parkbench-page-description\u0001";
    private static final String CONTENT = "\u0001parkbench-page-content\u0001";
    private static final String FRAME_PATH = "\u0001parkbench-page-path\u0001";
    private static final List<String> STAND_INS = List.of(TITLE, DESCRIPTION, CONTENT, FRAME_PATH);

    private final Templates templates;
    private final Views.SiteInfo info;
    private final PageText text;
    private final Map<String, Frame> frames = new ConcurrentHashMap<>();

    LayoutFrames(Templates templates, Views.SiteInfo info, PageText text) {
        this.templates = templates;
        this.info = info;
        this.text = text;
    }

    /** The whole page, as UTF-8: the layout for {@code root} and {@code section} around {@code content}. */
    byte[] page(String root, String path, String section, String title, String description, String content) {
        return page(root, path, section, title, description, utf8(content));
    }

    /** As above, with the content already UTF-8 with LF line ends. */
    byte[] page(String root, String path, String section, String title, String description, byte[] content) {
        Frame frame = frames.computeIfAbsent(root + '\u0000' + section, k -> frame(root, section));
        return frame.fill(utf8(TrustedHtml.escape(title)), utf8(TrustedHtml.escape(description)), content,
                utf8(TrustedHtml.escape(path)));
    }

    private Frame frame(String root, String section) {
        Map<String, Object> context = Map.of(
                "root", root,
                "site", info,
                "t", text,
                "page", new Views.PageInfo(TITLE, FRAME_PATH, section, DESCRIPTION),
                "content", new TrustedHtml(CONTENT));
        String text = templates.render("layout.vm", context);
        List<byte[]> pieces = new ArrayList<>();
        List<Integer> holes = new ArrayList<>();
        int from = 0;
        while (true) {
            int next = -1;
            int which = -1;
            for (int i = 0; i < STAND_INS.size(); i++) {
                int at = text.indexOf(STAND_INS.get(i), from);
                if (at >= 0 && (next < 0 || at < next)) {
                    next = at;
                    which = i;
                }
            }
            if (next < 0) {
                pieces.add(utf8(text.substring(from)));
                break;
            }
            pieces.add(utf8(text.substring(from, next)));
            holes.add(which);
            from = next + STAND_INS.get(which).length();
        }
        return new Frame(pieces, holes.stream().mapToInt(Integer::intValue).toArray());
    }

    private static byte[] utf8(String text) {
        return SiteFiles.unixLines(text).getBytes(StandardCharsets.UTF_8);
    }

    /** A rendered layout: pieces of text with a hole (title, description, content or path) between each two. */
    private record Frame(List<byte[]> pieces, int[] holes) {
        byte[] fill(byte[] title, byte[] description, byte[] content, byte[] path) {
            byte[][] values = {title, description, content, path};
            int length = 0;
            for (byte[] piece : pieces) {
                length += piece.length;
            }
            for (int hole : holes) {
                length += values[hole].length;
            }
            byte[] page = new byte[length];
            int at = 0;
            for (int i = 0; i < pieces.size(); i++) {
                byte[] piece = pieces.get(i);
                System.arraycopy(piece, 0, page, at, piece.length);
                at += piece.length;
                if (i < holes.length) {
                    byte[] value = values[holes[i]];
                    System.arraycopy(value, 0, page, at, value.length);
                    at += value.length;
                }
            }
            return page;
        }
    }
}
