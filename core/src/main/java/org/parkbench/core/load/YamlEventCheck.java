package org.parkbench.core.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.parkbench.core.validate.DiagnosticCode;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * SnakeYAML's parser events, checked on their way to the composer. Aliases are limited however
 * they are used ({@link InputLimits#YAML_ALIASES}: SnakeYAML counts only those of lists and
 * fields, so a text of aliases to one long value passes it), and so is what they expand to: every
 * value's characters, each alias counted as the whole value it repeats
 * ({@link InputLimits#YAML_EXPANDED_CHARACTERS}), and how deep lists and fields nest
 * ({@link InputLimits#YAML_NESTING}). Over a limit, reading stops with {@link OverLimit} at the
 * alias or collection that passes it, so that the message has its line and column (SnakeYAML's own
 * limits have none). Each value and field name is checked for characters no text may hold, which
 * YAML's escapes can write ({@code "\x01"}, {@code "\uD800"}): PB211 for a control character,
 * PB212 for half a surrogate pair or a non-character; reading goes on.
 */
final class YamlEventCheck implements Parser {
    private final Parser parser;
    private final YamlFields fields;
    /** The characters each anchored value holds with its aliases written out. */
    private final Map<String, Long> anchored = new HashMap<>();
    private final Deque<Open> open = new ArrayDeque<>();
    private int aliases;
    private long expanded;
    private int charactersReported;

    YamlEventCheck(Parser parser, YamlFields fields) {
        this.parser = parser;
        this.fields = fields;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public Event getEvent() {
        Event event = parser.getEvent();
        if (event instanceof AliasEvent alias) {
            if (++aliases > InputLimits.YAML_ALIASES) {
                throw new OverLimit("more than " + InputLimits.YAML_ALIASES + " aliases (*" + alias.getAnchor()
                        + " is alias " + aliases + "), the limit for a YAML text", alias.getStartMark());
            }
            add(anchored.getOrDefault(alias.getAnchor(), 0L), alias.getStartMark());
        } else if (event instanceof ScalarEvent scalar) {
            check(scalar);
            add(scalar.getValue().length(), scalar.getStartMark());
            if (scalar.getAnchor() != null) {
                anchored.put(scalar.getAnchor(), (long) scalar.getValue().length());
            }
        } else if (event instanceof CollectionStartEvent start) {
            if (open.size() >= InputLimits.YAML_NESTING) {
                throw new OverLimit("lists and fields nested more than " + InputLimits.YAML_NESTING
                        + " deep, the limit for a YAML text", start.getStartMark());
            }
            open.push(new Open(start.getAnchor()));
        } else if (event instanceof CollectionEndEvent && !open.isEmpty()) {
            Open closed = open.pop();
            if (closed.anchor != null) {
                anchored.put(closed.anchor, closed.characters);
            }
        }
        return event;
    }

    /** Counts {@code characters} more, in the text and in every collection still open. */
    private void add(long characters, Mark at) {
        expanded += characters;
        for (Open o : open) {
            o.characters += characters;
        }
        if (expanded > InputLimits.YAML_EXPANDED_CHARACTERS) {
            throw new OverLimit("the values, with every alias written out, hold more than "
                    + InputLimits.count(InputLimits.YAML_EXPANDED_CHARACTERS) + " characters, the limit for a YAML text", at);
        }
    }

    /** Reports the first character of a value that no text may hold. */
    private void check(ScalarEvent scalar) {
        String value = scalar.getValue();
        for (int i = 0; i < value.length() && charactersReported < InputLimits.CHARACTERS_LISTED; i++) {
            char c = value.charAt(i);
            String code = String.format(Locale.ROOT, "U+%04X", (int) c);
            boolean high = Character.isHighSurrogate(c);
            if (high && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++; // a whole character beyond U+FFFF
            } else if (high || Character.isLowSurrogate(c)) {
                report(scalar, DiagnosticCode.PB212, "the value holds \\u" + code.substring(2) + ", half of a UTF-16 surrogate pair,"
                        + " which is not a character (written out it would become '?')",
                        "write the character itself, or its code point as \\U0001F600 for one beyond U+FFFF");
                return;
            } else if (c == '\uFFFE' || c == '\uFFFF') {
                report(scalar, DiagnosticCode.PB212, "the value holds " + code + ", which is not a character",
                        "remove it; the pages and figures made from it would not be well-formed XML");
                return;
            } else if (TextFile.bad(c)) {
                report(scalar, DiagnosticCode.PB211, "the value holds control character " + code,
                        "remove it (YAML's escapes such as \\x01, \\0 or \\e write such characters): the pages and figures made"
                                + " from it would not be well-formed XML; tabs and line ends are fine");
                return;
            }
        }
    }

    private void report(ScalarEvent scalar, DiagnosticCode code, String message, String hint) {
        charactersReported++;
        fields.diagnostics().report(fields.at(scalar.getStartMark()), code, message, hint);
    }

    /** A list or set of fields being read, and the characters it holds so far. */
    private static final class Open {
        final String anchor;
        long characters;

        Open(String anchor) {
            this.anchor = anchor;
        }
    }

    /** A YAML text passes a limit at {@code mark}; reading stops. */
    static final class OverLimit extends MarkedYAMLException {
        private static final long serialVersionUID = 1L;

        OverLimit(String problem, Mark mark) {
            super(null, null, problem, mark);
        }
    }
}
