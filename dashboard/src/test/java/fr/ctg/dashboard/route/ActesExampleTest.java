package fr.ctg.dashboard.route;

import fr.ctg.convention.PartyKind;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.route.query.CommuneStage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActesExampleTest {

    @Test
    void theExampleIsBuiltFromTheCouncilsOwnDepartmentSirenVoteAndNumber() {
        ActesExample example = ActesExample.of(council("42", "214201105", LocalDate.of(2023, 9, 20), "DEL_2023_101"));

        assertThat(example.prefix()).isEqualTo("042-214201105");
        assertThat(example.text()).isEqualTo("042-214201105-20230920-DEL_2023_101-DE");
    }

    @Test
    void whatIsNotKnownYetIsNamedByWhatGoesThere() {
        assertThat(ActesExample.of(council(null, null, null, null)).text()).isEqualTo("DDD-SIREN-AAAAMMJJ-NUMERO-DE");
    }

    private static CommuneApprovalView council(String departement, String siren, LocalDate votedOn, String number) {
        return new CommuneApprovalView("ctg", "P1", "42110", "L'Horme", 4806, CommuneStage.ADOPTED, votedOn, votedOn,
                1, null, null, null, null, null, null, number, null, null, null, null, null, null, null,
                PartyKind.COMMUNE, null, null, null, null, null, null, null, false, null, null, null, List.of(),
                List.of(), departement, siren);
    }
}
