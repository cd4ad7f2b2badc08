package fr.ctg.query.route;

import fr.ctg.query.support.Shares;
import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.RouteTotals;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The arithmetic shared by the perimeter and convention views. A withdrawn commune has left the convention
 * ({@link CommuneStage#inConvention()}): it no longer counts in the shares nor blocks the signature. What a commune
 * lacks is {@link fr.ctg.route.RouteProgress#missing()}.
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
            if (commune.stage().inConvention()) {
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
}
