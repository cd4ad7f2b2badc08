package fr.ctg.amendment;

/** One field of an action that differs between two versions, as text (a period reads "2023-2024"). */
public record FieldChange(String field, String before, String after) {
}
