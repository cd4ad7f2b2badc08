package fr.ctg.query.communeapproval;

import fr.ctg.convention.query.PageRequest;
import fr.ctg.query.processing.ProcessorNames;
import fr.ctg.query.web.QueryParameters;
import fr.ctg.query.web.QueryProblemException;
import fr.ctg.query.web.Views;
import fr.ctg.route.query.CommuneApprovalPage;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.FindCommuneApprovals;
import fr.ctg.route.query.FindEpciApproval;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
class CommuneApprovalController {

    private final Views views;

    CommuneApprovalController(Views views) {
        this.views = views;
    }

    @GetMapping("/api/v1/conventions/{conventionId}/communes")
    ResponseEntity<CommuneApprovalPage> communes(@PathVariable String conventionId,
                                                 @RequestParam(required = false) String perimeter,
                                                 @RequestParam(required = false) CommuneStage stage,
                                                 @RequestParam(required = false) Integer page,
                                                 @RequestParam(required = false) Integer size,
                                                 @RequestParam(required = false) Long minPosition,
                                                 WebRequest request) throws InterruptedException {
        FindCommuneApprovals query = new FindCommuneApprovals(conventionId, QueryParameters.filter(perimeter), stage,
                QueryParameters.page(page, size));
        return views.answer(ProcessorNames.COMMUNE_APPROVAL, minPosition, query, CommuneApprovalPage.class, request,
                Views.unknownConvention(conventionId));
    }

    /** The EPCI's council, shaped like a commune's row; a convention without an EPCI party has none to show. */
    @GetMapping("/api/v1/conventions/{conventionId}/epci")
    ResponseEntity<CommuneApprovalView> epci(@PathVariable String conventionId,
                                             @RequestParam(required = false) Long minPosition,
                                             WebRequest request) throws InterruptedException {
        return views.answer(ProcessorNames.COMMUNE_APPROVAL, minPosition, new FindEpciApproval(conventionId),
                CommuneApprovalView.class, request, () -> views.found(
                        new FindCommuneApprovals(conventionId, null, null, new PageRequest(0, 1)),
                        CommuneApprovalPage.class)
                        ? QueryProblemException.notFound("epci-not-a-party",
                                "Convention '" + conventionId + "' has no EPCI among its parties.")
                        : Views.unknownConvention(conventionId).get());
    }
}
