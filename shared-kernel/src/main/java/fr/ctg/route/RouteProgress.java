package fr.ctg.route;

import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.RouteStep;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of a commune's route that decides what it still lacks before signature: its stage, and whether the
 * prefecture's receipt and the publication of its current deliberation are recorded. {@link
 * CommuneRouteState#progress()} gives it; a view that keeps only these three columns rebuilds it from them, so that
 * the rule is still this one.
 */
public record RouteProgress(CommuneStage stage, boolean transmitted, boolean published) {

    /** A commune still in the convention without an executory adopted deliberation holds the signature back. */
    public boolean blocksSignature() {
        return stage.blocksSignature();
    }

    /**
     * The steps still lacking for an executory adopted deliberation, in the route's order; none unless it blocks.
     * After a rejection, an annulment or a retraction the council starts again from a presentation.
     */
    public List<RouteStep> missing() {
        if (!blocksSignature()) {
            return List.of();
        }
        List<RouteStep> missing = new ArrayList<>();
        if (stage.awaitsPresentation()) {
            missing.add(RouteStep.PRESENTATION);
        }
        if (stage != CommuneStage.ADOPTED) {
            missing.add(RouteStep.ADOPTED_VOTE);
        }
        if (!transmitted) {
            missing.add(RouteStep.PREFECTURE_TRANSMISSION);
        }
        if (!published) {
            missing.add(RouteStep.PUBLICATION);
        }
        return List.copyOf(missing);
    }
}
