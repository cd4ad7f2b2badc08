package fr.ctg.route;

import fr.ctg.convention.PartyKind;
import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.RouteStep;

import java.util.ArrayList;
import java.util.List;

/**
 * What each party lacks: before it may sign (a commune and the EPCI, an executory adopted deliberation; the CAF, its
 * board's decision; another party, nothing), and before the convention is signed (that, and its own signature). The
 * aggregate refuses a signature with it; the overview lists the blocking parties with it.
 */
public final class PartyReadiness {

    private PartyReadiness() {
    }

    /**
     * @param route        the council's route, for a commune or the EPCI (ignored otherwise)
     * @param boardDecided for the CAF: its board has authorised the convention (ignored otherwise)
     */
    public static List<RouteStep> beforeSigning(PartyKind kind, RouteProgress route, boolean boardDecided) {
        if (kind.hasRoute()) {
            return route.missing();
        }
        return kind == PartyKind.CAF && !boardDecided ? List.of(RouteStep.CAF_BOARD_DECISION) : List.of();
    }

    /** Nothing for a commune that withdrew from the convention: it is no longer a party. */
    public static List<RouteStep> beforeConventionSigned(PartyKind kind, RouteProgress route, boolean boardDecided,
                                                         boolean signed) {
        if (kind.hasRoute() && route.stage() == CommuneStage.WITHDRAWN) {
            return List.of();
        }
        List<RouteStep> missing = new ArrayList<>(beforeSigning(kind, route, boardDecided));
        if (!signed) {
            missing.add(RouteStep.SIGNATURE);
        }
        return List.copyOf(missing);
    }
}
