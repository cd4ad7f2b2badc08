package fr.ctg.dashboard.route;

import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.convention.query.ConventionParty;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.RouteStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A council's route as the step indicator of its page shows it, and the one step whose form the page opens. What it
 * lacks is what the views computed with {@link fr.ctg.route.PartyReadiness#beforeConventionSigned} (the party's
 * {@code missing}, signature included) or, for a council the overview does not list, with
 * {@link fr.ctg.route.RouteProgress#missing()}: this class only reads it, so the route's rules stay in one place.
 *
 * @param steps           the route in its order, each done, next or to come
 * @param next            the first step lacking, or null when there is nothing to record (executory and signed,
 *                        withdrawn, or waiting to become executory)
 * @param awaitsExecutory transmitted and published: the deliberation becomes executory without any form
 */
public record RouteSteps(List<Step> steps, RouteStep next, boolean awaitsExecutory) {

    public enum State { DONE, NEXT, TODO }

    /**
     * @param code  the step's code: a {@link RouteStep} name, or {@code EXECUTORY} (which no one records: the
     *              deliberation becomes executory once transmitted and published)
     */
    public record Step(String code, State state) {
    }

    private static final List<RouteStep> COUNCIL_ROUTE = List.of(RouteStep.PRESENTATION, RouteStep.ADOPTED_VOTE,
            RouteStep.PREFECTURE_TRANSMISSION, RouteStep.PUBLICATION);

    public static RouteSteps of(CommuneApprovalView council, ConventionOverviewView convention) {
        return of(council.stage(), party(council, convention).map(ConventionParty::missing).orElse(council.missing()));
    }

    /** A council's route from its stage and what it lacks, as a view computed them (an amendment's, say). */
    public static RouteSteps of(CommuneStage stage, List<RouteStep> missing) {
        if (stage == CommuneStage.WITHDRAWN) {
            return new RouteSteps(List.of(), null, false);
        }
        boolean routeComplete = missing.stream().noneMatch(COUNCIL_ROUTE::contains);
        // Transmitted and published, not yet executory: nothing to record, the service makes it executory.
        boolean awaitsExecutory = routeComplete && stage != CommuneStage.EXECUTORY;
        RouteStep next = missing.isEmpty() || awaitsExecutory ? null : missing.get(0);
        List<Step> steps = new ArrayList<>();
        for (RouteStep step : COUNCIL_ROUTE) {
            steps.add(new Step(step.name(), state(step, missing, next)));
        }
        steps.add(new Step("EXECUTORY", stage == CommuneStage.EXECUTORY ? State.DONE
                : awaitsExecutory ? State.NEXT : State.TODO));
        steps.add(new Step(RouteStep.SIGNATURE.name(), state(RouteStep.SIGNATURE, missing, next)));
        return new RouteSteps(List.copyOf(steps), next, awaitsExecutory);
    }

    /** The step's code, for the templates (null when there is none). */
    public String nextCode() {
        return next == null ? null : next.name();
    }

    private static State state(RouteStep step, List<RouteStep> missing, RouteStep next) {
        if (!missing.contains(step)) {
            return State.DONE;
        }
        return step == next ? State.NEXT : State.TODO;
    }

    private static Optional<ConventionParty> party(CommuneApprovalView council,
                                                             ConventionOverviewView convention) {
        if (convention == null || convention.parties() == null) {
            return Optional.empty();
        }
        return convention.parties().stream().filter(p -> p.partyId().equals(council.inseeCode())).findFirst();
    }
}
