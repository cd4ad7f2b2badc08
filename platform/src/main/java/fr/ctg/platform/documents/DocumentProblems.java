package fr.ctg.platform.documents;

import fr.ctg.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Refused documents as problems: 413 past the size limit (while the upload streams in), 415, 400. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DocumentProblems {

    private final DocumentStore store;

    DocumentProblems(DocumentStore store) {
        this.store = store;
    }

    @ExceptionHandler(DocumentRefused.class)
    ResponseEntity<ProblemDetail> refused(DocumentRefused refused) {
        return ResponseEntity.status(refused.status())
                .body(Problems.of(refused.status(), refused.rule(), refused.getMessage()));
    }

    /** Tomcat stops reading a multipart file as soon as it passes the limit ({@code spring.servlet.multipart}). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return refused(DocumentRefused.tooLarge(store.maxBytes()));
    }
}
