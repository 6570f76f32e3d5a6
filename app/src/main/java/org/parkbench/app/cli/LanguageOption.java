package org.parkbench.app.cli;

import java.util.Optional;
import org.parkbench.core.language.Language;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The value of a command's {@code --lang en|zh} option, read the one way every command reads it
 * ({@link Language#parse}: {@code zh}, {@code zh-CN}, {@code en-GB}… in any case), with the one
 * message for a value that names no language of the course.
 */
final class LanguageOption {
    private LanguageOption() {
    }

    /**
     * The language {@code lang} names, or empty after telling {@code spec}'s error stream which
     * languages there are (the command then exits 2, a usage error).
     */
    static Optional<Language> read(CommandSpec spec, String lang) {
        Optional<Language> language = Language.parse(lang);
        if (language.isEmpty()) {
            spec.commandLine().getErr().println("parkbench " + spec.name() + ": --lang " + lang
                    + " is not a language of the course; use one of " + Language.codes());
        }
        return language;
    }
}
