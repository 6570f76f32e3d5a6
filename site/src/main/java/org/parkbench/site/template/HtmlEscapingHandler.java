package org.parkbench.site.template;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.parkbench.markup.TrustedHtml;

/**
 * Escapes every value a template inserts, unless it is a {@link TrustedHtml} fragment. Data from
 * case files (titles, CSV cells, URLs) can never become markup this way, whatever the template does;
 * the stock {@code EscapeHtmlReference} is deprecated and escapes by reference name, not by type.
 */
public final class HtmlEscapingHandler implements ReferenceInsertionEventHandler {
    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || value instanceof TrustedHtml) {
            return value;
        }
        return TrustedHtml.escape(String.valueOf(value));
    }
}
