package org.parkbench.site.render;

import java.io.StringWriter;
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
 * loaded once, and every inserted value escaped by {@link HtmlEscapingHandler}.
 */
public final class Templates {
    static final String ROOT = "parkbench/site/templates/";
    private final VelocityEngine engine;

    public Templates() {
        this(null);
    }

    /**
     * An engine that reads templates from {@code sourceRoot} (a resources folder holding
     * {@code parkbench/site/templates/}) before the classpath, uncached, so that a preview picks up
     * an edited template at the next build. {@code null}: the classpath only.
     */
    public Templates(Path sourceRoot) {
        Properties p = new Properties();
        if (sourceRoot != null) {
            p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "file,class");
            p.setProperty("resource.loader.file.class", FileResourceLoader.class.getName());
            p.setProperty("resource.loader.file.path", sourceRoot.toAbsolutePath().toString());
            p.setProperty("resource.loader.file.cache", "false");
        } else {
            p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        }
        p.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        p.setProperty(RuntimeConstants.VM_ARGUMENTS_STRICT, "true");
        p.setProperty(RuntimeConstants.VM_LIBRARY, ROOT + "macros.vm");
        p.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, HtmlEscapingHandler.class.getName());
        p.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        engine = new VelocityEngine(p);
        engine.init();
    }

    /**
     * Renders {@code name} (relative to the template root) with {@code model}.
     *
     * @throws TemplateException naming the template and the reference when rendering fails
     */
    public String render(String name, Map<String, ?> model) {
        VelocityContext context = new VelocityContext();
        model.forEach(context::put);
        StringWriter out = new StringWriter(8192);
        try {
            engine.getTemplate(ROOT + name, "UTF-8").merge(context, out);
        } catch (VelocityException e) {
            throw new TemplateException("template " + name + " failed: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
