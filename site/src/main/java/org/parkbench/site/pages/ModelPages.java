package org.parkbench.site.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.ConfirmedZone;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.Variant;
import org.parkbench.site.output.SitePaths;

/**
 * The three development models: one page each (definition, strengths, risks, variants, the parks
 * and zones that exemplify it and the cases to read), and an overview comparing them side by side.
 */
public final class ModelPages {
    /** A model with everything the site knows about it. */
    public record ModelView(DevelopmentModel model, Views.ModelBadge badge, List<String> variants, List<Views.CaseCard> cases,
                            List<Exemplar> exemplars, int moreExemplars, int moreCases) {
    }

    /** A park or confirmed zone that follows a model, with the case that covers it if any. */
    public record Exemplar(String name, String nameZh, String country, String variant, String href, boolean hasHref) {
    }

    private final Site site;

    ModelPages(Site site) {
        this.site = site;
    }

    void write() {
        for (DevelopmentModel model : DevelopmentModel.values()) {
            String path = SitePaths.model(model);
            Map<String, Object> m = new HashMap<>();
            m.put("m", view(model, SitePaths.rootOf(path)));
            m.put("others", java.util.Arrays.stream(DevelopmentModel.values()).filter(o -> o != model)
                    .map(o -> Views.ModelBadge.of(o, SitePaths.rootOf(path), site.text.language())).toList());
            site.page(path, "model", model.label(site.text.language()), "models", site.text.definition(model), m, true);
        }
        Map<String, Object> m = new HashMap<>();
        m.put("views", java.util.Arrays.stream(DevelopmentModel.values()).map(d -> view(d, "")).toList());
        site.page(SitePaths.MODELS, "models", site.text.text("models.heading"), "models", site.text.text("models.description"), m, true);
    }

    /** Every model's view, in the order of the models, as the course book prints them (links relative to {@code root}). */
    List<ModelView> views(String root) {
        return java.util.Arrays.stream(DevelopmentModel.values()).map(d -> view(d, root)).toList();
    }

    private ModelView view(DevelopmentModel model, String root) {
        List<Views.CaseCard> cases = new ArrayList<>();
        List<Exemplar> exemplars = new ArrayList<>();
        int more = 0;
        int moreCases = 0;
        for (CaseStudy c : site.cases()) {
            boolean declared = c.meta().declaredModel() == model;
            boolean parkFits = c.parks().stream().anyMatch(p -> p.model() == model);
            if (declared || parkFits) {
                if (cases.size() < PageLimits.MODEL_CASES) {
                    cases.add(Views.CaseCard.of(c, root, site.text));
                } else {
                    moreCases++;
                }
            }
            for (Park p : c.parks()) {
                if (p.model() != model) {
                    continue;
                }
                if (exemplars.size() < PageLimits.EXEMPLARS) {
                    exemplars.add(new Exemplar(p.nameEn(), p.nameZh(), Views.country(p.country(), site.text.language()),
                            p.variantIfAny().map(v -> v.label(site.text.language())).orElse(""), root + SitePaths.park(p.id()), true));
                } else {
                    more++;
                }
            }
            for (ConfirmedZone z : c.zones()) {
                if (z.model() == model && z.caseParkId().isEmpty()) {
                    if (exemplars.size() < PageLimits.EXEMPLARS) {
                        exemplars.add(new Exemplar(z.nameEn(), z.nameZh(), Views.country(z.country(), site.text.language()),
                                z.variant() == null ? "" : z.variant().label(site.text.language()), "", false));
                    } else {
                        more++;
                    }
                }
            }
        }
        List<String> variants = java.util.Arrays.stream(Variant.values()).filter(v -> v.model() == model).map(v -> v.label(site.text.language())).toList();
        return new ModelView(model, Views.ModelBadge.of(model, root, site.text.language()), variants, cases, exemplars, more, moreCases);
    }
}
