package fr.ctg.actionplan;

import java.util.List;

/** Where an action applies: whole perimeters and/or single communes (e.g. "P2/P3 + L'Horme"). */
public record ActionScope(List<String> perimeterCodes, List<String> communeInseeCodes) {
}
