package org.parkbench.core.load;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * ISO 3166-1 alpha-2 country codes as the JDK knows them, with a hint for the usual mistakes: a
 * code in lower case, a country's English name instead of its code, UK for GB.
 */
final class CountryCodes {
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final Map<String, String> BY_NAME = byName();

    private CountryCodes() {
    }

    static boolean isKnown(String code) {
        return CODES.contains(code);
    }

    /** How to write {@code given} as a known code, as far as it can be guessed. */
    static String hint(String given) {
        String upper = given.strip().toUpperCase(Locale.ROOT);
        if (CODES.contains(upper)) {
            return "write country codes in capitals: " + upper;
        }
        if (BY_NAME.containsKey(upper)) {
            return "the code of " + given + " is " + BY_NAME.get(upper);
        }
        if (upper.equals("UK")) {
            return "the code of the United Kingdom is GB";
        }
        return "use the ISO 3166-1 alpha-2 code, e.g. EG, KH, ET, PK, CN, SG";
    }

    private static Map<String, String> byName() {
        Map<String, String> names = new TreeMap<>();
        Arrays.stream(Locale.getISOCountries()).forEach(code ->
                names.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT), code));
        return names;
    }
}
