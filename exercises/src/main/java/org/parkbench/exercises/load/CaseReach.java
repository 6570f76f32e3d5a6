package org.parkbench.exercises.load;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.ConfirmedZone;
import org.parkbench.exercises.model.ClassifyItem;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.model.OrderItem;

/**
 * Which cases an exercise reaches into: the case of every park and zone it names — in its items,
 * its key's parameters, its fact check and every variant's parameters. An exercise of a course can
 * be set only when each of those cases is in the course; the others are background data that its
 * key may be computed from, but that the course's pages do not show.
 */
final class CaseReach {
    private CaseReach() {
    }

    /** The ids of the cases of {@code whole} whose parks or zones {@code e} names, in the order it names them. */
    static Set<String> of(Exercise e, Casebook whole) {
        Set<String> cases = new LinkedHashSet<>();
        for (String ref : references(e)) {
            whole.caseOf(ref).ifPresent(c -> cases.add(c.id()));
            for (CaseStudy c : whole.cases()) {
                for (ConfirmedZone z : c.zones()) {
                    if (z.id().equals(ref)) {
                        cases.add(c.id());
                    }
                }
            }
        }
        return cases;
    }

    /** The cases {@code e} needs that {@code course} does not include. */
    static List<String> missing(Exercise e, Casebook course) {
        List<String> missing = new ArrayList<>();
        for (String id : of(e, course.whole())) {
            if (course.caseStudy(id).isEmpty()) {
                missing.add(id);
            }
        }
        return missing;
    }

    private static List<String> references(Exercise e) {
        List<String> refs = new ArrayList<>();
        if (e instanceof Exercise.Classify c) {
            c.items().stream().map(ClassifyItem::ref).forEach(refs::add);
        } else if (e instanceof Exercise.Order o) {
            o.items().stream().map(OrderItem::park).forEach(refs::add);
        } else if (e instanceof Exercise.Numeric n) {
            refs.addAll(n.key().params().values());
        } else if (e instanceof Exercise.SingleChoice s) {
            s.fact().ifPresent(f -> refs.addAll(f.params().values()));
        } else if (e instanceof Exercise.MultipleChoice m) {
            m.fact().ifPresent(f -> refs.addAll(f.params().values()));
        }
        for (Map<String, String> set : e.header().variants().parameterSets()) {
            refs.addAll(set.values());
        }
        refs.removeIf(r -> r == null || r.isBlank());
        return refs;
    }
}
