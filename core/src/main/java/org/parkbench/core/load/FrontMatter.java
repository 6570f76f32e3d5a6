package org.parkbench.core.load;

import java.util.List;
import org.parkbench.core.model.CaseStatus;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Objective;
import org.parkbench.core.model.Origin;

/**
 * What {@code case.md} says, as far as it could be read: the front matter fields (null where
 * missing or bad; the problem was reported), each listed park id with its position, and the
 * Markdown narrative with the file line it starts on.
 */
record FrontMatter(String id, Origin idOrigin, String title, String subtitle, CaseStatus status, DevelopmentModel model,
                   List<YamlFields.Located> parks, Integer readingMinutes, List<Objective> objectives, List<String> discussion,
                   Origin origin, String narrative, int narrativeLine) {

    /** A case.md that could not be read at all. */
    static FrontMatter unreadable(Origin start) {
        return new FrontMatter(null, null, null, null, null, null, null, null, null, null, start, "", 1);
    }

    List<String> parkIds() {
        return parks == null ? List.of() : parks.stream().map(YamlFields.Located::value).toList();
    }
}
