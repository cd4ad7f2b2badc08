package fr.ctg.route.query;

import java.util.List;

/** A commune still in the convention whose deliberation is not yet executory, and what it lacks. */
public record SignatureBlocker(String inseeCode, String name, String perimeterCode, CommuneStage stage,
                               List<RouteStep> missing) {
}
