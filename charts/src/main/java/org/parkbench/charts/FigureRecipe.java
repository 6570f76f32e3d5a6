package org.parkbench.charts;

import java.util.Objects;
import java.util.function.Supplier;
import org.parkbench.core.model.Slug;

/**
 * A figure the catalogue should have, by id, and how to build it. Building may fail with a
 * {@link MissingDataException}; the catalogue then reports a problem for this id instead of a figure.
 */
public record FigureRecipe(String id, Supplier<Figure> recipe) {
    public FigureRecipe {
        Slug.require(id, "figure id");
        Objects.requireNonNull(recipe, "recipe");
    }

    public Figure build() {
        Figure figure = recipe.get();
        if (!figure.id().equals(id)) {
            throw new IllegalStateException("recipe " + id + " built figure " + figure.id());
        }
        return figure;
    }
}
