package fr.ctg.query.committee;

import fr.ctg.actionplan.committee.query.FindMeeting;
import fr.ctg.actionplan.committee.query.FindMeetings;
import fr.ctg.actionplan.committee.query.MeetingList;
import fr.ctg.actionplan.committee.query.MeetingView;
import fr.ctg.query.processing.ProcessorNames;
import fr.ctg.query.web.QueryProblemException;
import fr.ctg.query.web.Views;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** A convention's committee meetings and their decisions; {@code year} keeps one year's. */
@RestController
class MeetingController {

    private final Views views;

    MeetingController(Views views) {
        this.views = views;
    }

    @GetMapping("/api/v1/conventions/{conventionId}/meetings")
    ResponseEntity<MeetingList> meetings(@PathVariable String conventionId,
                                         @RequestParam(required = false) Integer year,
                                         @RequestParam(required = false) Long minPosition,
                                         WebRequest request) throws InterruptedException {
        return views.answer(ProcessorNames.MEETING, minPosition, new FindMeetings(conventionId, year),
                MeetingList.class, request, Views.unknownConvention(conventionId));
    }

    @GetMapping("/api/v1/conventions/{conventionId}/meetings/{meetingId}")
    ResponseEntity<MeetingView> meeting(@PathVariable String conventionId, @PathVariable String meetingId,
                                        @RequestParam(required = false) Long minPosition,
                                        WebRequest request) throws InterruptedException {
        return views.answer(ProcessorNames.MEETING, minPosition, new FindMeeting(conventionId, meetingId),
                MeetingView.class, request, () -> QueryProblemException.notFound("meeting-not-found",
                        "Convention " + conventionId + " has no meeting " + meetingId + "."));
    }
}
