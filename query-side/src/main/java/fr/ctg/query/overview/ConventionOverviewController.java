package fr.ctg.query.overview;

import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.convention.query.ConventionSummaryPage;
import fr.ctg.convention.query.FindConventionOverview;
import fr.ctg.convention.query.ListConventions;
import fr.ctg.query.processing.ProcessorNames;
import fr.ctg.query.web.QueryParameters;
import fr.ctg.query.web.Views;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
class ConventionOverviewController {

    private final Views views;

    ConventionOverviewController(Views views) {
        this.views = views;
    }

    @GetMapping("/api/v1/conventions")
    ResponseEntity<ConventionSummaryPage> list(@RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size,
                                               @RequestParam(required = false) Long minPosition,
                                               WebRequest request) throws InterruptedException {
        return views.answer(ProcessorNames.CONVENTION_OVERVIEW, minPosition,
                new ListConventions(QueryParameters.page(page, size)), ConventionSummaryPage.class, request,
                Views.neverMissing());
    }

    @GetMapping("/api/v1/conventions/{conventionId}")
    ResponseEntity<ConventionOverviewView> overview(@PathVariable String conventionId,
                                                    @RequestParam(required = false) Long minPosition,
                                                    WebRequest request) throws InterruptedException {
        return views.answer(ProcessorNames.CONVENTION_OVERVIEW, minPosition, new FindConventionOverview(conventionId),
                ConventionOverviewView.class, request, Views.unknownConvention(conventionId));
    }
}
