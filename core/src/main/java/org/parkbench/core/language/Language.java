package org.parkbench.core.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the course can be read in. {@link #code()} names it in course files, on the command line
 * ({@code --lang}), in folder names ({@code en/}, {@code zh/}) and in translation files
 * ({@code case.zh.md}); {@link #htmlTag()} is its BCP 47 tag for {@code <html lang>} and
 * {@code hreflang}.
 */
public enum Language {
    /** English, the language every case is first written in. */
    EN("en", "en", Locale.ENGLISH, "English", "English"),
    /** Simplified Chinese. */
    ZH("zh", "zh-Hans", Locale.SIMPLIFIED_CHINESE, "中文", "Chinese");

    private final String code;
    private final String htmlTag;
    private final Locale locale;
    private final String nativeName;
    private final String englishName;

    Language(String code, String htmlTag, Locale locale, String nativeName, String englishName) {
        this.code = code;
        this.htmlTag = htmlTag;
        this.locale = locale;
        this.nativeName = nativeName;
        this.englishName = englishName;
    }

    /** The language's name in English, as diagnostics for contributors (which stay English) name it: "Chinese". */
    public String englishName() {
        return englishName;
    }

    /** The short code: {@code en} or {@code zh}. */
    public String code() {
        return code;
    }

    /** The BCP 47 tag for HTML: {@code en} or {@code zh-Hans}. */
    public String htmlTag() {
        return htmlTag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, as a language switch shows it: "English", "中文". */
    public String nativeName() {
        return nativeName;
    }

    /**
     * The language a tag names, read as a lecturer may write it: {@code en}, {@code en-GB},
     * {@code zh}, {@code zh-Hans}, {@code zh-CN}, {@code zh_CN} (any case). Traditional Chinese
     * ({@code zh-Hant}, {@code zh-TW}, {@code zh-HK}) is not Simplified Chinese and is not recognised.
     */
    public static Optional<Language> parse(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        Locale asked = Locale.forLanguageTag(tag.strip().replace('_', '-'));
        String script = asked.getScript();
        String country = asked.getCountry();
        if (asked.getLanguage().equals("zh")
                && (script.equalsIgnoreCase("Hant") || country.equals("TW") || country.equals("HK") || country.equals("MO"))) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(l -> l.code.equals(asked.getLanguage())).findFirst();
    }

    /** The codes of every language, for messages: {@code en, zh}. */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Language::code).toList());
    }
}
