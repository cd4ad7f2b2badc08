package fr.ctg.query.indicator;

import fr.ctg.actionplan.indicator.query.FindActionIndicators;
import fr.ctg.actionplan.indicator.query.FindConventionIndicators;
import fr.ctg.actionplan.indicator.query.IndicatorList;
import fr.ctg.query.processing.ProcessorNames;
import fr.ctg.query.web.QueryParameters;
import fr.ctg.query.web.QueryProblemException;
import fr.ctg.query.web.Views;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import java.time.Clock;

/** Indicators are judged for {@code year}, by default the current year in Europe/Paris on the service's clock. */
@RestController
class IndicatorController {

    private final Views views;
    private final Clock clock;

    IndicatorController(Views views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/api/v1/conventions/{conventionId}/actions/{actionId}/indicators")
    ResponseEntity<IndicatorList> ofAction(@PathVariable String conventionId, @PathVariable String actionId,
                                           @RequestParam(required = false) Integer year,
                                           @RequestParam(required = false) Long minPosition,
                                           WebRequest request) throws InterruptedException {
        return views.answer(ProcessorNames.INDICATOR, minPosition,
                new FindActionIndicators(conventionId, actionId, QueryParameters.year(year, clock)),
                IndicatorList.class, request, () -> QueryProblemException.notFound("unknown-action",
                        "No action '" + actionId + "' in convention '" + conventionId + "'."));
    }

    @GetMapping("/api/v1/conventions/{conventionId}/indicators")
    ResponseEntity<IndicatorList> ofConvention(@PathVariable String conventionId,
                                               @RequestParam(required = false) Integer year,
                                               @RequestParam(required = false) Long minPosition,
                                               WebRequest request) throws InterruptedException {
        return views.answer(ProcessorNames.INDICATOR, minPosition,
                new FindConventionIndicators(conventionId, QueryParameters.year(year, clock)), IndicatorList.class,
                request, Views.unknownConvention(conventionId));
    }
}
