package org.parkbench.exercises;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;

/** Responses, in the answer file's JSON shapes, built from a variant's key: the right one and a wrong one. */
public final class Responses {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Responses() {
    }

    public static JsonNode right(ExerciseVariant v) {
        Key key = v.key();
        if (key instanceof Key.Number n) {
            return JSON.getNodeFactory().textNode(n.rounded());
        }
        if (key instanceof Key.Choices c) {
            if (v.type() == org.parkbench.exercises.model.ExerciseType.SINGLE_CHOICE) {
                return JSON.getNodeFactory().textNode(c.correct().iterator().next());
            }
            ArrayNode a = JSON.createArrayNode();
            c.correct().stream().sorted(java.util.Comparator.reverseOrder()).forEach(a::add);
            return a;
        }
        if (key instanceof Key.Sequence s) {
            ArrayNode a = JSON.createArrayNode();
            s.order().forEach(a::add);
            return a;
        }
        ObjectNode o = JSON.createObjectNode();
        ((Key.Classification) key).models().forEach((item, model) -> o.put(item, model.word()));
        return o;
    }

    public static JsonNode wrong(ExerciseVariant v) {
        Key key = v.key();
        if (key instanceof Key.Number n) {
            return JSON.getNodeFactory().textNode(n.exact().multiply(java.math.BigDecimal.valueOf(2)).toPlainString());
        }
        if (key instanceof Key.Choices c) {
            String other = v.options().stream().map(ExerciseVariant.Option::id).filter(id -> !c.correct().contains(id))
                    .findFirst().orElseThrow();
            return v.type() == org.parkbench.exercises.model.ExerciseType.SINGLE_CHOICE ? JSON.getNodeFactory().textNode(other)
                    : JSON.createArrayNode().add(other);
        }
        if (key instanceof Key.Sequence s) {
            ArrayNode a = JSON.createArrayNode();
            java.util.List<String> reversed = new java.util.ArrayList<>(s.order());
            java.util.Collections.reverse(reversed);
            reversed.forEach(a::add);
            return a;
        }
        ObjectNode o = JSON.createObjectNode();
        ((Key.Classification) key).models().keySet().forEach(item -> o.put(item, "private-led"));
        return o;
    }

}
