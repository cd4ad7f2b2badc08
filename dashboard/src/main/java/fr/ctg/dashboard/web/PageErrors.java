package fr.ctg.dashboard.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page about an unknown convention is a French 404 page, not the API's JSON problem. Ordered first: the platform's
 * catch-all handler would otherwise answer it as an unexpected failure (500).
 */
@ControllerAdvice(basePackages = "fr.ctg.dashboard")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(UnknownConventionException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView unknownConvention(UnknownConventionException e) {
        return new ModelAndView("dashboard/not-found");
    }
}
