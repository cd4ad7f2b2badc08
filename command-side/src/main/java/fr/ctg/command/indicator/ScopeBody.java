package fr.ctg.command.indicator;

import fr.ctg.actionplan.indicator.IndicatorScope;
import fr.ctg.command.web.Patterns;
import jakarta.validation.constraints.Pattern;

/** One perimeter or one commune; that exactly one is given is the domain's rule. */
public record ScopeBody(@Pattern(regexp = Patterns.CODE) String perimeterCode,
                        @Pattern(regexp = Patterns.INSEE_CODE) String communeInseeCode) {

    static IndicatorScope toScope(ScopeBody body) {
        return body == null ? null : new IndicatorScope(body.perimeterCode(), body.communeInseeCode());
    }
}
