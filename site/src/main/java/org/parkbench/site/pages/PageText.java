package org.parkbench.site.pages;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.parkbench.core.language.Language;
import org.parkbench.core.language.Messages;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Vocabulary;
import org.parkbench.core.quantity.QuantityFormat;
import org.parkbench.exercises.json.DeterministicJson;
import org.parkbench.markup.TrustedHtml;

/**
 * The site's reader-facing words in the build's language, from the site's bundle
 * ({@code parkbench/site/messages_<code>.properties}): what templates call as {@code $t}
 * ({@code $t.text('nav.cases')}, {@code $t.format('case.downloads.file', $d.label(), $d.rows())},
 * {@code $t.count('common.points', $x.points())}) and the Java of the pages uses for the texts it
 * makes. Every message is plain text, escaped when a template prints it like any other value;
 * markup stays in the templates. Numbers given to {@link #format} are written by the language's
 * {@link QuantityFormat}. The scripts get the {@code js.*} messages as JSON ({@link #scriptMessages}), a group per script family.
 */
public final class PageText {
    /** The site's bundle. */
    public static final String BUNDLE = "parkbench/site/messages";
    /** The prefix of the messages the page scripts show. */
    public static final String SCRIPT_PREFIX = "js.";
    private static final Map<Language, PageText> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new PageText(Messages.load(PageText.class.getClassLoader(), BUNDLE, language)));
        }
    }

    private final Messages messages;
    private final QuantityFormat numbers;
    private final Map<String, TrustedHtml> scriptMessages = new TreeMap<>();

    private PageText(Messages messages) {
        this.messages = messages;
        this.numbers = QuantityFormat.forLanguage(messages.language());
        Map<String, Map<String, String>> groups = new TreeMap<>();
        messages.asMap().forEach((key, text) -> {
            if (key.startsWith(SCRIPT_PREFIX) && key.indexOf('.', SCRIPT_PREFIX.length()) > 0) {
                String group = key.substring(SCRIPT_PREFIX.length(), key.indexOf('.', SCRIPT_PREFIX.length()));
                groups.computeIfAbsent(group, g -> new TreeMap<>()).put(key, text);
            }
        });
        // DeterministicJson escapes <, > and & in strings, so the JSON can sit inside a <script> element
        groups.forEach((group, texts) -> scriptMessages.put(group, new TrustedHtml(DeterministicJson.compact(texts))));
    }

    /** The site's words in {@code language}. */
    public static PageText of(Language language) {
        return BY_LANGUAGE.get(language);
    }

    public Language language() {
        return messages.language();
    }

    /** The page's language as {@code <html lang>} writes it: {@code en}, {@code zh-Hans}. */
    public String lang() {
        return messages.language().htmlTag();
    }

    public Messages messages() {
        return messages;
    }

    public QuantityFormat numbers() {
        return numbers;
    }

    /** A vocabulary word's label in this language, from core's bundle (民营企业建设型, 运营中…). */
    public String label(Vocabulary word) {
        return word.label(messages.language());
    }

    /** A model's definition in this language ({@code model-text.<word>.definition}; in English, core's). */
    public String definition(DevelopmentModel model) {
        return text("model-text." + model.word() + ".definition");
    }

    /** A model's strengths in this language, as many as core lists ({@code model-text.<word>.strength.<n>}). */
    public java.util.List<String> strengths(DevelopmentModel model) {
        return numbered("model-text." + model.word() + ".strength.", model.strengths().size());
    }

    /** A model's risks in this language, as many as core lists ({@code model-text.<word>.risk.<n>}). */
    public java.util.List<String> risks(DevelopmentModel model) {
        return numbered("model-text." + model.word() + ".risk.", model.risks().size());
    }

    private java.util.List<String> numbered(String prefix, int count) {
        java.util.List<String> out = new java.util.ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            out.add(text(prefix + n));
        }
        return java.util.List.copyOf(out);
    }

    /** A model's name in the other language, shown beside its name in this one (English: the paper's Chinese). */
    public String otherName(DevelopmentModel model) {
        return messages.language() == Language.EN ? model.chineseName() : model.label(Language.EN);
    }

    /** The language tag of {@link #otherName}. */
    public String otherLang() {
        return messages.language() == Language.EN ? Language.ZH.htmlTag() : Language.EN.htmlTag();
    }

    /** The class of {@link #otherName} ({@code zh} or {@code en}). */
    public String otherCode() {
        return messages.language() == Language.EN ? Language.ZH.code() : Language.EN.code();
    }

    /**
     * A text of the data printed as it is written, marked English where a page not in English shows
     * it untranslated: {@code <span lang="en">Eastern Industrial Zone</span>} on a Chinese page, the
     * text alone (escaped) on an English page or when the text is written in Chinese (a name or a
     * milestone given in Chinese, a Chinese title). Markup ({@link TrustedHtml}) passes unchanged: it
     * marks its own language. Templates print {@code $t.data($r.note())} where English data may stand.
     */
    public TrustedHtml data(Object text) {
        if (text instanceof TrustedHtml html) {
            return html;
        }
        String shown = text == null ? "" : String.valueOf(text);
        TrustedHtml escaped = new TrustedHtml(TrustedHtml.escape(shown));
        return isEnglishData(shown) ? new TrustedHtml("<span lang=\"en\">" + escaped.html() + "</span>") : escaped;
    }

    /**
     * The attribute that marks an element holding {@code text} as English, with its leading space
     * ({@code  lang="en"}), on a page not in English when the text is English; else nothing. For an
     * element that holds nothing but the text: {@code <td$t.dataLang($r.place())>$r.place()</td>}.
     */
    public TrustedHtml dataLang(Object text) {
        return text != null && !(text instanceof TrustedHtml) && isEnglishData(String.valueOf(text)) ? LANG_EN : NO_LANG;
    }

    /** Whether a text of the data shown on this page is English on a page that is not: Latin letters, and no Chinese. */
    boolean isEnglishData(String text) {
        return messages.language() != Language.EN && englishScript(text);
    }

    /** Chinese quoted in brackets inside an English text: "Holley Group (华立产业集团)". */
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("[(（\\[【][^()（）\\[\\]【】]*[)）\\]】]");

    /**
     * Whether {@code text} is written in the Latin script: it has Latin letters, and Han characters
     * only in brackets or as a small part of it (an English note may quote a Chinese name in brackets or
     * a Chinese title after a colon; a Chinese text that names an English company is Chinese). A Han
     * character counts as three letters, about what a word of English takes to say it.
     */
    static boolean englishScript(String text) {
        text = BRACKETED.matcher(text).replaceAll(" ");
        int latin = 0;
        int han = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN) {
                han++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
            i += Character.charCount(c);
        }
        return latin > 0 && latin > 3 * han;
    }

    private static final TrustedHtml LANG_EN = new TrustedHtml(" lang=\"en\"");
    private static final TrustedHtml NO_LANG = new TrustedHtml("");

    /** The message as written. */
    public String text(String key) {
        return messages.text(key);
    }

    /**
     * The message with {@code {0}}, {@code {1}}… filled: a number is written by the language's
     * {@link QuantityFormat} ("1,082"), anything else as its text.
     */
    public String format(String key, Object... args) {
        String[] texts = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = number(args[i]);
        }
        return messages.format(key, texts);
    }

    /**
     * A count with its noun: {@code <key>.one} when {@code n} is 1, else {@code <key>.other}
     * ("1 point", "3 points"; in Chinese both are the same), with {@code {0}} the number and
     * {@code {1}}… the further arguments.
     */
    public String count(String key, Number n, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = n;
        System.arraycopy(more, 0, args, 1, more.length);
        return format(key + (n.doubleValue() == 1 ? ".one" : ".other"), args);
    }

    /**
     * A message around one link, its text marked by {@code [} and {@code ]} ("Column definitions are
     * in the [data dictionary]."), cut in three so that the template writes the link's markup:
     * {@code #set($l = $t.link('key'))$l.before()<a href="…">$l.inside()</a>$l.after()}.
     */
    public Around link(String key, Object... args) {
        String message = args.length == 0 ? text(key) : format(key, args);
        int open = message.indexOf('[');
        int close = message.indexOf(']', open + 1);
        if (open < 0 || close < 0) {
            throw new IllegalStateException("message '" + key + "' in " + BUNDLE + "_" + language().code()
                    + ".properties marks no link text with [ and ]");
        }
        return new Around(message.substring(0, open), message.substring(open + 1, close), message.substring(close + 1));
    }

    /** A message cut around the text of a link. */
    public record Around(String before, String inside, String after) {
    }

    /**
     * The {@code js.<group>.*} messages as JSON safe inside {@code <script type="application/json">}:
     * {@code site} for site.js (every page), {@code exercise} for the exercise scripts (only the pages
     * that load them, so that ten thousand park pages do not carry them).
     */
    public TrustedHtml scriptMessages(String group) {
        TrustedHtml json = scriptMessages.get(group);
        if (json == null) {
            throw new IllegalArgumentException("no js." + group + ".* messages in " + BUNDLE + "_" + language().code() + ".properties");
        }
        return json;
    }

    private String number(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return numbers.reported(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return numbers.reported(((Number) value).doubleValue());
        }
        return String.valueOf(value);
    }
}
