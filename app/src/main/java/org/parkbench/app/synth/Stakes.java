package org.parkbench.app.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Variant;

/**
 * The actors and stakes of a synthetic park, drawn to fit its development model the way real
 * cases do (governments initiate government-driven parks, a park company develops company-led
 * ones, a private firm private-led ones), with the variant the structure suggests. Some parks
 * change owners over time, some leave part of the developer unattributed, some have a financier.
 * Shares never add up to more than 100 % on any date.
 */
record Stakes(List<SyntheticPark.StakeRow> rows, Variant variant) {

    static Stakes draw(String num, DevelopmentModel model, HostCountry country, String province, int start, Random random) {
        List<SyntheticPark.StakeRow> rows = new ArrayList<>();
        String from = String.valueOf(start);
        String host = country.code();
        String hostSlug = host.toLowerCase(Locale.ROOT);
        boolean withVariant = random.nextInt(10) < 7;
        Variant variant = null;
        String developer;
        String ownerA;
        String ownerAName;
        String ownerAKind;
        String ownerACountry;
        String ownerB;
        String ownerBName;
        String ownerBKind;
        switch (model) {
            case GOVERNMENT_DRIVEN -> {
                rows.add(row("synthetic-home-government", "Synthetic Home Government", "central-government", "CN", "initiator",
                        null, from, null));
                rows.add(row("synthetic-host-government-" + hostSlug, "Synthetic Host Government (" + host + ")",
                        "host-government", host, "initiator", null, from, null));
                boolean company = random.nextInt(3) == 0;
                developer = "synthetic-developer-" + num;
                rows.add(row(developer, "Synthetic Joint Development Co. " + num,
                        company ? "park-development-company" : "state-owned-enterprise", host, "developer", null, from, null));
                ownerA = "synthetic-state-holding-" + num;
                ownerAName = "Synthetic State Holding " + num;
                ownerAKind = "state-owned-enterprise";
                ownerACountry = "CN";
                ownerB = "synthetic-host-partner-" + num;
                ownerBName = "Synthetic Host Partner " + num;
                ownerBKind = "host-enterprise";
                variant = withVariant ? Variant.INTERGOVERNMENTAL : null;
            }
            case COMPANY_LED -> {
                if (random.nextBoolean()) {
                    String p = province.toLowerCase(Locale.ROOT);
                    rows.add(row("synthetic-provincial-government-" + p, "Synthetic Provincial Government (" + province + ")",
                            "local-government", "CN", "initiator", null, from, null));
                }
                developer = "synthetic-developer-" + num;
                rows.add(row(developer, "Synthetic Park Developer " + num, "park-development-company", "CN", "developer",
                        null, from, null));
                int holding = 1 + random.nextInt(24);
                ownerA = String.format(Locale.ROOT, "synthetic-development-holding-%02d", holding);
                ownerAName = String.format(Locale.ROOT, "Synthetic Development Holding %02d", holding);
                ownerAKind = "park-development-company";
                ownerACountry = "CN";
                ownerB = "synthetic-host-partner-" + num;
                ownerBName = "Synthetic Host Partner " + num;
                ownerBKind = "host-enterprise";
                variant = withVariant ? Variant.DOMESTIC_PARK_DEVELOPER : null;
            }
            default -> {
                developer = "synthetic-manufacturer-" + num;
                rows.add(row(developer, "Synthetic Manufacturer " + num + " Group", "private-enterprise", "CN", "developer",
                        null, from, null));
                int form = random.nextInt(4);
                if (form == 0) {
                    variant = withVariant ? Variant.SINGLE_ENTERPRISE : null;
                    addFinancier(rows, from, random);
                    return new Stakes(rows, variant);
                }
                if (form == 1) {
                    ownerA = "synthetic-consortium-" + num;
                    ownerAName = "Synthetic Consortium " + num;
                    ownerAKind = "consortium";
                    variant = withVariant ? Variant.ENTERPRISE_CLUSTER_HOST : null;
                } else {
                    ownerA = developer;
                    ownerAName = "Synthetic Manufacturer " + num + " Group";
                    ownerAKind = "private-enterprise";
                    variant = withVariant ? Variant.SINGLE_LARGE_ENTERPRISE_HOST : null;
                }
                ownerACountry = "CN";
                ownerB = "synthetic-host-partner-" + num;
                ownerBName = "Synthetic Host Partner " + num;
                ownerBKind = "host-enterprise";
            }
        }
        double a = 51 + random.nextInt(40);
        double b = 100 - a;
        if (random.nextInt(7) == 0) {
            b = Math.max(0, b - 5 - random.nextInt(10)); // part of the developer unattributed
        }
        int change = start + 3 + random.nextInt(6);
        if (random.nextInt(5) == 0 && change < SyntheticPark.LAST_YEAR) {
            String until = String.valueOf(change);
            rows.add(row(ownerA, ownerAName, ownerAKind, ownerACountry, "owner", a, from, until));
            rows.add(row(ownerB, ownerBName, ownerBKind, host, "owner", b, from, until));
            double a2 = Math.min(95, a + 5 + random.nextInt(20));
            rows.add(row(ownerA, ownerAName, ownerAKind, ownerACountry, "owner", a2, until, null));
            rows.add(row(ownerB, ownerBName, ownerBKind, host, "owner", 100 - a2, until, null));
        } else {
            rows.add(row(ownerA, ownerAName, ownerAKind, ownerACountry, "owner", a, from, null));
            if (b > 0) {
                rows.add(row(ownerB, ownerBName, ownerBKind, host, "owner", b, from, null));
            }
        }
        addFinancier(rows, from, random);
        return new Stakes(rows, variant);
    }

    private static void addFinancier(List<SyntheticPark.StakeRow> rows, String from, Random random) {
        if (random.nextInt(4) == 0) {
            rows.add(row("synthetic-policy-bank", "Synthetic Policy Bank", "fund-or-bank", "CN", "financier", null, from, null));
        }
    }

    private static SyntheticPark.StakeRow row(String actor, String name, String kind, String country, String role, Double share,
                                              String from, String until) {
        return new SyntheticPark.StakeRow(actor, name, kind, country, role, share, from, until, SyntheticPark.REGISTER);
    }
}
