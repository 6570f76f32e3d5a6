package org.parkbench.core.classify;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.parkbench.core.language.Language;
import org.parkbench.core.language.Messages;
import org.parkbench.core.model.Actor;
import org.parkbench.core.model.Role;
import org.parkbench.core.model.Stake;
import org.parkbench.core.quantity.QuantityFormat;

/**
 * How rules name actors and stakes in their summaries and explanations, in one language: the
 * sentences from core's bundle ({@code rule.*}), shares from the language's {@link QuantityFormat},
 * actors by their name in that language. Each message is handed every form of a word and uses
 * the one its language writes: English the data's words and codes ("private-enterprise, CN"),
 * Chinese the labels and the country's name (“民营企业，中国”).
 */
final class Wording {
    private static final Map<Language, Wording> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new Wording(language));
        }
    }

    private final Language language;
    private final QuantityFormat format;
    private final Messages words;

    private Wording(Language language) {
        this.language = language;
        this.format = QuantityFormat.forLanguage(language);
        this.words = format.words();
    }

    static Wording in(Language language) {
        return BY_LANGUAGE.get(language);
    }

    /** {@code sentence} written in every language, as a finding keeps it. */
    static Map<Language, String> everyLanguage(Function<Wording, String> sentence) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        BY_LANGUAGE.forEach((language, wording) -> texts.put(language, sentence.apply(wording)));
        return texts;
    }

    String format(String key, String... args) {
        return words.format(key, args);
    }

    /** "Haier Group (private-enterprise, CN)"; “海尔集团（民营企业，中国）”. */
    String actor(Actor actor) {
        return words.format(actor.country().isBlank() ? "rule.actor.no-country" : "rule.actor", actor.name(language),
                actor.kind().word(), nested(actor.kind().label(language)), actor.country(), countryName(actor.country()));
    }

    /** "A, B and C" (“A、B和C”) for the distinct actors of {@code stakes}. */
    String actors(List<Stake> stakes) {
        return list(StakeSnapshot.actors(stakes).stream().map(this::actor).toList());
    }

    /**
     * Each stake with what its share is of: "Tianjin TEDA Investment Holding
     * (park-development-company, CN), owning 75 % of the developer"; "Huajian Group
     * (private-enterprise, CN), developer".
     */
    String holdings(List<Stake> stakes) {
        return join(stakes.stream().map(this::holding).distinct().toList(), "rule.holdings.pair", "rule.holdings.more");
    }

    private String holding(Stake stake) {
        String actor = actor(stake.actor());
        return switch (stake.role()) {
            case OWNER -> stake.share().map(v -> words.format("rule.holding.owner", actor, percent(v)))
                    .orElseGet(() -> words.format("rule.holding.owner.no-share", actor));
            case DEVELOPER -> stake.share().map(v -> words.format("rule.holding.developer", actor, percent(v)))
                    .orElseGet(() -> words.format("rule.holding.developer.no-share", actor));
            default -> words.format("rule.holding.other", actor, role(stake.role()));
        };
    }

    /** A role inside a sentence: "financier"; “出资方”. */
    String role(Role role) {
        return words.format("rule.role", role.word(), role.label(language));
    }

    /** A government's country inside a sentence: "SG"; “新加坡”. */
    String country(String code) {
        return words.format("rule.country", code, countryName(code));
    }

    /** A share: "50.5 %", “50.5%”. */
    String percent(double share) {
        return format.withUnit(format.plain(share), "%");
    }

    /** A count: "2". */
    String count(int n) {
        return format.reported(n);
    }

    /** "A, B and C"; “A、B和C”. */
    String list(List<String> parts) {
        return join(parts, "rule.list.pair", "rule.list.more");
    }

    private String join(List<String> parts, String pair, String more) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        String head = parts.get(0);
        for (String part : parts.subList(1, parts.size() - 1)) {
            head = words.format(more, head, part);
        }
        return words.format(pair, head, parts.get(parts.size() - 1));
    }

    /** {@code one} or {@code many}, the key of a sentence by how many distinct actors {@code stakes} name. */
    static String byCount(List<Stake> stakes, String one, String many) {
        return StakeSnapshot.actors(stakes).size() == 1 ? one : many;
    }

    /** The country's name in this language, or the code where the JDK knows none. */
    private String countryName(String code) {
        if (code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(language.locale());
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }

    /**
     * A label that goes inside brackets, its own brackets made square, as Chinese nests them:
     * 合作方政府［非中国亦非东道国］ inside （…）.
     */
    private static String nested(String label) {
        return label.replace('（', '［').replace('）', '］');
    }
}
