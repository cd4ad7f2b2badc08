package fr.ctg.query.rebuild;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Starts a rebuild of every read model (or of the named processors) and reports its progress. */
@RestController
@RequestMapping("/api/v1/admin/rebuild")
class RebuildController {

    private final RebuildService rebuild;

    RebuildController(RebuildService rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping
    ResponseEntity<RebuildProgress> start(@RequestParam(name = "processor", required = false) List<String> processors) {
        List<String> chosen = processors == null || processors.isEmpty() ? rebuild.processorNames() : processors;
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuild.start(chosen));
    }

    @GetMapping
    RebuildProgress progress() {
        return rebuild.progress();
    }
}
