package fr.ctg.query.route;

import fr.ctg.query.support.Shares;
import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.RouteStep;
import fr.ctg.route.query.RouteTotals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic shared by the perimeter and convention views. A withdrawn commune has left the convention: it no
 * longer counts in the shares nor blocks the signature.
 */
public final class RouteFigures {

    private RouteFigures() {
    }

    public static RouteTotals totals(Collection<CommuneFacts> communes) {
        Map<CommuneStage, Integer> stages = new EnumMap<>(CommuneStage.class);
        for (CommuneStage stage : CommuneStage.values()) {
            stages.put(stage, 0);
        }
        int remaining = 0;
        int executory = 0;
        long population = 0;
        long executoryPopulation = 0;
        for (CommuneFacts commune : communes) {
            stages.merge(commune.stage(), 1, Integer::sum);
            if (commune.stage() != CommuneStage.WITHDRAWN) {
                remaining++;
                population += commune.population();
            }
            if (commune.stage() == CommuneStage.EXECUTORY) {
                executory++;
                executoryPopulation += commune.population();
            }
        }
        return new RouteTotals(communes.size(), stages, remaining, executory, Shares.of(executory, remaining),
                population, executoryPopulation, Shares.of(executoryPopulation, population), remaining - executory);
    }

    /** The steps a commune at {@code stage} still lacks for an executory adopted deliberation. */
    public static List<RouteStep> missing(CommuneStage stage, boolean transmitted, boolean published) {
        List<RouteStep> missing = new ArrayList<>();
        switch (stage) {
            case EXECUTORY, WITHDRAWN -> {
                return missing;
            }
            case NOT_PRESENTED -> missing.add(RouteStep.PRESENTATION);
            default -> {
            }
        }
        if (stage != CommuneStage.ADOPTED) {
            missing.add(RouteStep.ADOPTED_VOTE);
        }
        if (!transmitted || stage != CommuneStage.ADOPTED) {
            missing.add(RouteStep.PREFECTURE_TRANSMISSION);
        }
        if (!published || stage != CommuneStage.ADOPTED) {
            missing.add(RouteStep.PUBLICATION);
        }
        return missing;
    }
}
