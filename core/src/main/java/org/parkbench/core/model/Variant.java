package org.parkbench.core.model;

/** The forms a development model takes in the paper; each belongs to one model. */
public enum Variant implements Vocabulary {
    INTERGOVERNMENTAL("intergovernmental", "Government-to-government cooperation", DevelopmentModel.GOVERNMENT_DRIVEN),
    DOMESTIC_PARK_DEVELOPER("domestic-park-developer", "Experienced domestic park developer abroad", DevelopmentModel.COMPANY_LED),
    SINGLE_ENTERPRISE("single-enterprise", "Single enterprise", DevelopmentModel.PRIVATE_LED),
    MULTI_ENTERPRISE("multi-enterprise", "Several enterprises", DevelopmentModel.PRIVATE_LED),
    SINGLE_LARGE_ENTERPRISE_HOST("single-large-enterprise-host", "Single large enterprise + host-country enterprise", DevelopmentModel.PRIVATE_LED),
    ENTERPRISE_CLUSTER_HOST("enterprise-cluster-host", "Enterprise cluster + host-country enterprise", DevelopmentModel.PRIVATE_LED),
    ONE_ZONE_MULTIPLE_PARKS("one-zone-multiple-parks", "One zone, multiple parks", DevelopmentModel.PRIVATE_LED);

    private final String word;
    private final String label;
    private final DevelopmentModel model;

    Variant(String word, String label, DevelopmentModel model) {
        this.word = word;
        this.label = label;
        this.model = model;
    }

    @Override
    public String word() {
        return word;
    }

    @Override
    public String label() {
        return label;
    }

    public DevelopmentModel model() {
        return model;
    }
}
