package fr.ctg.command.convention.web;

import fr.ctg.command.actionplan.ActionBody;
import fr.ctg.command.web.Patterns;
import fr.ctg.command.web.PeriodBody;
import fr.ctg.convention.DefineConvention;
import fr.ctg.convention.OtherParty;
import fr.ctg.convention.PartiesDraft;
import fr.ctg.convention.PartyKind;
import fr.ctg.convention.PerimeterDraft;
import fr.ctg.convention.Stake;
import fr.ctg.convention.Theme;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

public record DefineConventionRequest(
        @NotNull @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Size(max = 300) String caf,
        @NotNull @Valid PeriodBody period,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull PerimeterBody> perimeters,
        @NotNull @Size(max = 50) List<@Valid @NotNull ThemeBody> themes,
        @NotNull @Size(max = 500) List<@Valid @NotNull StakeBody> stakes,
        @NotNull @Size(max = 2000) List<@Valid @NotNull ActionBody> actions,
        @Valid PartiesBody parties) {

    /** The EPCI by its SIREN, other parties, and the SIRETs known by party id ("caf", INSEE code, SIREN, code). */
    public record PartiesBody(@Pattern(regexp = "[0-9]{9}") String epciSiren,
                              @Size(max = 20) List<@Valid @NotNull OtherPartyBody> others,
                              @Size(max = 1100) Map<@NotNull @Size(max = 64) String,
                                      @NotNull @Pattern(regexp = "[0-9]{14}") String> sirets) {

        PartiesDraft toDraft() {
            return new PartiesDraft(epciSiren, others == null ? List.of() : others.stream()
                    .map(o -> new OtherParty(o.partyId(), o.kind(), o.name())).toList(),
                    sirets == null ? Map.of() : Map.copyOf(sirets));
        }
    }

    public record OtherPartyBody(@NotNull @Pattern(regexp = "[a-z][a-z0-9-]{1,63}") String partyId,
                                 @NotNull PartyKind kind, @NotBlank @Size(max = 300) String name) {
    }

    public record PerimeterBody(@NotNull @Pattern(regexp = Patterns.CODE) String code,
                                @NotBlank @Size(max = 300) String name,
                                @NotEmpty @Size(max = 1000) List<@NotNull @Pattern(regexp = Patterns.INSEE_CODE) String> communeInseeCodes) {
    }

    public record ThemeBody(@NotNull @Pattern(regexp = Patterns.CODE) String code, @NotBlank @Size(max = 300) String name) {
    }

    public record StakeBody(@NotNull @Pattern(regexp = Patterns.CODE) String code,
                            @NotNull @Pattern(regexp = Patterns.CODE) String themeCode,
                            @NotBlank @Size(max = 500) String title) {
    }

    DefineConvention toCommand() {
        return new DefineConvention(conventionId, name, caf, period.toPeriod(),
                perimeters.stream().map(p -> new PerimeterDraft(p.code(), p.name(), List.copyOf(p.communeInseeCodes()))).toList(),
                themes.stream().map(t -> new Theme(t.code(), t.name())).toList(),
                stakes.stream().map(s -> new Stake(s.code(), s.themeCode(), s.title())).toList(),
                actions.stream().map(ActionBody::toSheet).toList(), parties == null ? null : parties.toDraft());
    }
}
