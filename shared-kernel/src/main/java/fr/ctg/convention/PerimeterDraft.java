package fr.ctg.convention;

import java.util.List;

/** A perimeter as a user defines it: communes by INSEE code only; the service fills in the rest. */
public record PerimeterDraft(String code, String name, List<String> communeInseeCodes) {
}
