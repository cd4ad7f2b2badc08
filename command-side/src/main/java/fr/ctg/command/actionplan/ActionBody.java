package fr.ctg.command.actionplan;

import fr.ctg.actionplan.ActionLevel;
import fr.ctg.actionplan.ActionScope;
import fr.ctg.actionplan.ActionSheet;
import fr.ctg.command.web.Patterns;
import fr.ctg.command.web.PeriodBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** An action sheet as a client sends it. */
public record ActionBody(
        @NotNull @Pattern(regexp = Patterns.CODE) String actionId,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String description,
        @NotNull @Pattern(regexp = Patterns.CODE) String themeCode,
        @Pattern(regexp = Patterns.CODE) String stakeCode,
        @NotNull ActionLevel level,
        @NotNull @Valid PeriodBody period,
        @NotNull @Valid ScopeBody scope) {

    public record ScopeBody(@NotNull @Size(max = 100) List<@NotNull @Pattern(regexp = Patterns.CODE) String> perimeterCodes,
                            @NotNull @Size(max = 1000) List<@NotNull @Pattern(regexp = Patterns.INSEE_CODE) String> communeInseeCodes) {
    }

    public ActionSheet toSheet() {
        return new ActionSheet(actionId, title, description, themeCode, stakeCode, level, period.toPeriod(),
                new ActionScope(List.copyOf(scope.perimeterCodes()), List.copyOf(scope.communeInseeCodes())));
    }
}
