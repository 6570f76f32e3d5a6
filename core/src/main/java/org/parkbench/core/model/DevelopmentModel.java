package org.parkbench.core.model;

import java.util.List;

/**
 * The three development models of Yeerken, Zhang and Liu (2017), named by the force that
 * dominates a park's development. The texts summarise the paper in Parkbench's own words; each
 * model has one colour, which the figures draw it in and the site's badges are made from.
 */
public enum DevelopmentModel implements Vocabulary {
    GOVERNMENT_DRIVEN("government-driven", "High-level government-driven", "政府高层推动建设型", new Colour(0x0072B2),
            "Governments at the highest level initiate the park, usually by an intergovernmental agreement, and keep backing it politically.",
            List.of("Government backing opens doors: land, policy and diplomatic support come easily.",
                    "Parks can carry strategic or demonstrative weight between two countries."),
            List.of("Easy to launch, hard to run: without a viable profit model and a strong operating team the park struggles.",
                    "Exposed to political instability and policy changes in the host country.",
                    "A temptation to chase leaders' endorsements instead of feasibility studies and risk control.")),
    COMPANY_LED("company-led", "Park-development-company-led", "园区开发公司为主导力量建设型", new Colour(0xD55E00),
            "An experienced park development company, often one that built parks at home, leads development, construction, investment promotion and management.",
            List.of("Replicates a proven domestic park model abroad.",
                    "Links domestic and overseas parks; the operator knows how to attract and serve tenants."),
            List.of("Few Chinese park operators have overseas experience.",
                    "Long construction cycles and upfront costs strain the developer's finances.")),
    PRIVATE_LED("private-led", "Private-enterprise-led", "民营企业建设型", new Colour(0x009E73),
            "One or more private enterprises build the park around their own needs, alone or with a host-country enterprise.",
            List.of("Flexible and driven by real business needs.",
                    "Many forms: a single enterprise, several enterprises, or a joint venture with a host-country firm."),
            List.of("More exposed to 'acclimatisation' problems: weak institutions, law and security in some host countries.",
                    "Depends on the lead enterprise's own strength and competitiveness."));

    private final String word;
    private final String label;
    private final String chineseName;
    private final Colour colour;
    private final String definition;
    private final List<String> strengths;
    private final List<String> risks;

    DevelopmentModel(String word, String label, String chineseName, Colour colour, String definition, List<String> strengths,
                     List<String> risks) {
        this.word = word;
        this.label = label;
        this.chineseName = chineseName;
        this.colour = colour;
        this.definition = definition;
        this.strengths = strengths;
        this.risks = risks;
    }

    @Override
    public String word() {
        return word;
    }

    @Override
    public String label() {
        return label;
    }

    /** The model's name in the paper's original Chinese. */
    public String chineseName() {
        return chineseName;
    }

    /**
     * The colour that stands for the model in every figure and on the site: Okabe and Ito's
     * colour-blind-safe blue, vermillion and bluish green (the figures give each model its own
     * marker shape too, so nothing depends on colour alone).
     */
    public Colour colour() {
        return colour;
    }

    public String definition() {
        return definition;
    }

    public List<String> strengths() {
        return strengths;
    }

    public List<String> risks() {
        return risks;
    }
}
