package org.parkbench.site.template;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.apache.velocity.runtime.resource.loader.FileResourceLoader;

/**
 * The one Velocity engine of a build: templates from the classpath under
 * {@code parkbench/site/templates/}, strict mode (an undefined reference or a macro called with the
 * wrong arguments fails the build instead of printing {@code $name} into a page), the site's macros
 * loaded once, and every inserted value escaped by {@link HtmlEscapingHandler}. Each template is
 * parsed once and cached; the engine and its templates are shared by the render threads (Velocity
 * merges a parsed template into a fresh context per page, which is thread-safe).
 */
public final class Templates {
    static final String ROOT = "parkbench/site/templates/";
    private final VelocityEngine engine;

    public Templates() {
        this(null);
    }

    /**
     * An engine that reads templates from {@code sourceRoot} (a resources folder holding
     * {@code parkbench/site/templates/}) before the classpath. {@code null}: the classpath only.
     * Templates are cached for the engine's life: a preview makes a new engine when a template
     * changes.
     */
    public Templates(Path sourceRoot) {
        Properties p = new Properties();
        if (sourceRoot != null) {
            p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "file,class");
            p.setProperty("resource.loader.file.class", FileResourceLoader.class.getName());
            p.setProperty("resource.loader.file.path", sourceRoot.toAbsolutePath().toString());
            p.setProperty("resource.loader.file.cache", "true");
            p.setProperty("resource.loader.file.modification_check_interval", "0");
        } else {
            p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        }
        p.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        p.setProperty("resource.loader.class.cache", "true");
        p.setProperty("resource.loader.class.modification_check_interval", "0");
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        p.setProperty(RuntimeConstants.VM_ARGUMENTS_STRICT, "true");
        p.setProperty(RuntimeConstants.VM_LIBRARY, ROOT + "macros.vm");
        p.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, HtmlEscapingHandler.class.getName());
        p.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        p.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, CachingUberspect.class.getName());
        engine = new VelocityEngine(p);
        engine.init();
    }

    /**
     * Renders {@code name} (relative to the template root) with {@code model}.
     *
     * @throws TemplateException naming the template and the reference when rendering fails
     */
    public String render(String name, Map<String, ?> model) {
        TextBuffer out = new TextBuffer();
        merge(name, model, out);
        return out.toString();
    }

    /**
     * As {@link #render}, as UTF-8 with LF line ends, for a page that goes straight to a file (a
     * CRLF can come from a data file or a template saved on Windows), encoded by the JDK: a writer
     * of our own that encoded as the text arrived saved about 1 % of a 10,000-park build, too
     * little for 140 lines of UTF-8 encoding (docs/decisions/009-page-bytes.md).
     */
    public byte[] renderBytes(String name, Map<String, ?> model) {
        String text = render(name, model);
        return (text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n")).getBytes(StandardCharsets.UTF_8);
    }

    private void merge(String name, Map<String, ?> model, Writer out) {
        Reusable reusable = contexts.get();
        // a render inside a render (never done today) gets a context of its own
        VelocityContext context = reusable.inUse ? new VelocityContext() : reusable.context;
        boolean own = context == reusable.context;
        reusable.inUse |= own;
        model.forEach(context::put);
        try {
            engine.getTemplate(ROOT + name, "UTF-8").merge(context, out);
        } catch (RuntimeException e) {
            if (own) {
                reusable.context = new VelocityContext(); // a merge cut short may leave its bookkeeping unbalanced
            }
            if (e instanceof VelocityException) {
                throw new TemplateException("template " + name + " failed: " + e.getMessage(), e);
            }
            throw e;
        } finally {
            if (own) {
                for (String key : reusable.context.getKeys()) {
                    reusable.context.remove(key); // nothing of this page is visible to the next
                }
                reusable.inUse = false;
            }
        }
    }

    /**
     * Each render thread's context, emptied after every page but kept: Velocity caches in it which
     * method each reference of a template calls, so the second page of a kind skips that lookup.
     */
    private final ThreadLocal<Reusable> contexts = ThreadLocal.withInitial(Reusable::new);

    private static final class Reusable {
        private VelocityContext context = new VelocityContext();
        private boolean inUse;
    }

    /**
     * A writer into a {@link StringBuilder}: a page is written by one thread, and the lock
     * {@link java.io.StringWriter} takes on every write costs about 2 % of a 10,000-park build
     * (docs/decisions/009-page-bytes.md).
     */
    private static final class TextBuffer extends Writer {
        private final StringBuilder text = new StringBuilder(16384);

        @Override
        public void write(char[] buffer, int offset, int length) {
            text.append(buffer, offset, length);
        }

        @Override
        public void write(String s) {
            text.append(s);
        }

        @Override
        public void write(String s, int offset, int length) {
            text.append(s, offset, offset + length);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {
            // nothing buffered elsewhere
        }

        @Override
        public void close() {
            // nothing to release
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
