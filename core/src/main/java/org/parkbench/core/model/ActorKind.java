package org.parkbench.core.model;

/** What kind of organisation an actor is. */
public enum ActorKind implements Vocabulary {
    CENTRAL_GOVERNMENT("central-government", "Chinese central government"),
    LOCAL_GOVERNMENT("local-government", "Chinese local government"),
    HOST_GOVERNMENT("host-government", "Host-country government"),
    FOREIGN_GOVERNMENT("foreign-government", "Partner government (neither China nor host)"),
    STATE_OWNED_ENTERPRISE("state-owned-enterprise", "State-owned enterprise"),
    PARK_DEVELOPMENT_COMPANY("park-development-company", "Park development company"),
    PRIVATE_ENTERPRISE("private-enterprise", "Private enterprise"),
    HOST_ENTERPRISE("host-enterprise", "Host-country enterprise"),
    FUND_OR_BANK("fund-or-bank", "Fund or bank"),
    CONSORTIUM("consortium", "Consortium (members' kinds not given by the source)");

    private final String word;
    private final String label;

    ActorKind(String word, String label) {
        this.word = word;
        this.label = label;
    }

    @Override
    public String word() {
        return word;
    }

    @Override
    public String label() {
        return label;
    }
}
