package fr.ctg.route.query;

import fr.ctg.convention.query.PageRequest;

/** {@code perimeterCode} and {@code stage} are optional filters. */
public record FindCommuneApprovals(String conventionId, String perimeterCode, CommuneStage stage, PageRequest page) {
}
