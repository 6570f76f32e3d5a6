package org.parkbench.core.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * One module's reader-facing strings in one language, from the UTF-8 file
 * {@code <bundle>_<code>.properties} on the class path (e.g. {@code parkbench/site/messages_zh.properties}).
 * There is no fallback from one language to another: a key missing in a language throws
 * {@link MissingMessageException}, and each module's tests check that every bundle has the same keys
 * in every language.
 *
 * <p>{@link #format} fills {@code {0}}, {@code {1}}… with {@link MessageFormat}; the arguments are
 * strings already formatted by their owner (numbers by {@code QuantityFormat}), so that
 * {@code MessageFormat} never formats a number or a date itself. In a message with arguments, a
 * literal apostrophe is written {@code ''}.
 */
public final class Messages {
    private final String bundle;
    private final Language language;
    private final Map<String, String> texts;

    private Messages(String bundle, Language language, Map<String, String> texts) {
        this.bundle = bundle;
        this.language = language;
        this.texts = Collections.unmodifiableMap(texts);
    }

    /**
     * Reads {@code bundle}'s file for {@code language} through {@code loader}.
     *
     * @throws IllegalStateException if the file is not on the class path
     */
    public static Messages load(ClassLoader loader, String bundle, Language language) {
        String resource = bundle + "_" + language.code() + ".properties";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("message bundle not on the class path: " + resource);
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return new Messages(bundle, language, texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message bundle " + resource, e);
        }
    }

    public Language language() {
        return language;
    }

    /** The bundle's name, e.g. {@code parkbench/site/messages}. */
    public String bundle() {
        return bundle;
    }

    /** Every key, sorted. */
    public Set<String> keys() {
        return texts.keySet();
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The message as written. */
    public String text(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new MissingMessageException(bundle, language, key);
        }
        return text;
    }

    /** The message with {@code {0}}, {@code {1}}… filled from {@code args}, in this language's locale. */
    public String format(String key, String... args) {
        MessageFormat format = new MessageFormat(text(key), language.locale());
        return format.format(args);
    }

    /** Every message as a map, e.g. to hand a page's scripts the strings they show. */
    public Map<String, String> asMap() {
        return texts;
    }
}
