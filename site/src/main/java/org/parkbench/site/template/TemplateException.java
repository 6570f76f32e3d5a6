package org.parkbench.site.template;

/**
 * A template could not be rendered: an undefined reference in strict mode, a missing template or a
 * macro called wrongly. It is a bug in the generator or its templates, not in a user's data.
 */
public final class TemplateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
