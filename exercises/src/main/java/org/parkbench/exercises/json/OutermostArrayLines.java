package org.parkbench.exercises.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;

/**
 * Line breaks for {@link DeterministicJson#elementPerLine}: one before each element of the
 * outermost array and one before its closing bracket, none anywhere else (the printer calls this
 * with the array being written as the generator's context).
 */
final class OutermostArrayLines implements DefaultPrettyPrinter.Indenter {
    static final OutermostArrayLines INSTANCE = new OutermostArrayLines();

    private OutermostArrayLines() {
    }

    @Override
    public void writeIndentation(JsonGenerator g, int level) throws IOException {
        JsonStreamContext at = g.getOutputContext();
        if (at.inArray() && at.getParent() != null && at.getParent().inRoot()) {
            g.writeRaw('\n');
        }
    }

    @Override
    public boolean isInline() {
        return false;
    }
}
