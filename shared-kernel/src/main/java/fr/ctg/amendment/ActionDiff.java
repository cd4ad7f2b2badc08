package fr.ctg.amendment;

import java.util.List;

/** An action present in both versions whose sheet differs, field by field. */
public record ActionDiff(String actionId, List<FieldChange> fields) {
}
