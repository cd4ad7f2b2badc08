package fr.ctg.route;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The table of CGCT L2121-2, at the edges of its bands. */
class CouncilSizeTest {

    @ParameterizedTest(name = "{0} inhabitants: {1} councillors")
    @CsvSource({"0,7", "99,7", "100,11", "499,11", "500,15", "1499,15", "1500,19", "2500,23", "3499,23", "3500,27",
            "4999,27", "5000,29", "9999,29", "10000,33", "15242,33", "19999,33", "20000,35", "30000,39", "40000,43",
            "50000,45", "60000,49", "80000,53", "100000,55", "150000,59", "200000,61", "250000,65", "299999,65",
            "300000,69", "2000000,69"})
    void theCouncilSizeFollowsTheLegalPopulation(int population, int size) {
        assertThat(CouncilSize.ofMunicipalCouncil(population)).isEqualTo(size);
    }
}
