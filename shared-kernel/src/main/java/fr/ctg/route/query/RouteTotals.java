package fr.ctg.route.query;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Counts of communes per stage and how much of the territory has an executory adopted deliberation. Shares are
 * taken over the communes still in the convention (withdrawn ones are out of both numerator and denominator),
 * rounded half-up to 4 decimals; {@code population} is the population of those remaining communes.
 */
public record RouteTotals(int communes, Map<CommuneStage, Integer> stages, int remainingCommunes,
                          int executoryCommunes, BigDecimal communeShareExecutory, long population,
                          long executoryPopulation, BigDecimal populationShareExecutory, int blockingCommunes) {
}
