package org.parkbench.app.cli;

import java.util.EnumMap;
import java.util.Map;
import org.parkbench.core.language.Language;
import org.parkbench.core.language.Messages;

/** The command line's reader-facing words ({@code parkbench/app/messages_<code>.properties}), loaded once per language. */
final class AppMessages {
    static final String BUNDLE = "parkbench/app/messages";
    private static final Map<Language, Messages> LOADED = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            LOADED.put(language, Messages.load(AppMessages.class.getClassLoader(), BUNDLE, language));
        }
    }

    private AppMessages() {
    }

    static Messages of(Language language) {
        return LOADED.get(language);
    }
}
