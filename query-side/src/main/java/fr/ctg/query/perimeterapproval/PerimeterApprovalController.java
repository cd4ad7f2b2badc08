package fr.ctg.query.perimeterapproval;

import fr.ctg.query.processing.ProcessorNames;
import fr.ctg.query.web.QueryProblemException;
import fr.ctg.query.web.Views;
import fr.ctg.route.query.FindPerimeterApproval;
import fr.ctg.route.query.FindPerimeterApprovals;
import fr.ctg.route.query.PerimeterApprovalList;
import fr.ctg.route.query.PerimeterApprovalView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** A convention has a handful of perimeters: the list is not paged. */
@RestController
class PerimeterApprovalController {

    private final Views views;

    PerimeterApprovalController(Views views) {
        this.views = views;
    }

    @GetMapping("/api/v1/conventions/{conventionId}/perimeters")
    ResponseEntity<PerimeterApprovalList> perimeters(@PathVariable String conventionId,
                                                     @RequestParam(required = false) Long minPosition,
                                                     WebRequest request) throws InterruptedException {
        return views.answer(ProcessorNames.PERIMETER_APPROVAL, minPosition, new FindPerimeterApprovals(conventionId),
                PerimeterApprovalList.class, request, Views.unknownConvention(conventionId));
    }

    @GetMapping("/api/v1/conventions/{conventionId}/perimeters/{perimeterCode}")
    ResponseEntity<PerimeterApprovalView> perimeter(@PathVariable String conventionId,
                                                    @PathVariable String perimeterCode,
                                                    @RequestParam(required = false) Long minPosition,
                                                    WebRequest request) throws InterruptedException {
        return views.answer(ProcessorNames.PERIMETER_APPROVAL, minPosition,
                new FindPerimeterApproval(conventionId, perimeterCode), PerimeterApprovalView.class, request,
                () -> QueryProblemException.notFound("unknown-perimeter",
                        "No perimeter '" + perimeterCode + "' in convention '" + conventionId + "'."));
    }
}
