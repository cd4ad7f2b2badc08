package fr.ctg.app.query;

import fr.ctg.command.reference.ReferenceCommunes;
import fr.ctg.route.CouncilSize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the sample's communes through the route with commands. Every commune is presented on 4 September 2023;
 * Rive-de-Gier votes on 6 September with its real deliberation, the others on 11 September.
 */
final class SampleRoute {

    static final String SAINT_CHAMOND = "42207";
    static final String PAVEZIN = "42167";
    static final String RIVE_DE_GIER = "42186";
    static final String METROPOLE = "244200770";
    private static final ReferenceCommunes REFERENCE = ReferenceCommunes.load();

    /** INSEE code to SIREN, from the domain brief. */
    static final Map<String, String> SIRENS = new LinkedHashMap<>();

    static {
        String[] pairs = {"42110:214201105", "42322:214203226", "42207:214202079", "42032:214200321",
                "42036:214200362", "42085:214200859", "42093:214200933", "42103:214201030", "42308:214203085",
                "42271:214202715", "42320:214203200", "42123:214201238", "42053:214200537", "42083:214200834",
                "42225:214202251", "42167:214201675", "42186:214201865", "42210:214202103", "42242:214202426",
                "42259:214202590", "42283:214202830", "42307:214203077"};
        for (String pair : pairs) {
            SIRENS.put(pair.substring(0, 5), pair.substring(6));
        }
    }

    private final Api api;
    private final String base;

    SampleRoute(Api api, String conventionId) {
        this("/api/v1/conventions/" + conventionId, api);
    }

    /** The walk under {@code base}: a convention's, or one of its amendments'. */
    private SampleRoute(String base, Api api) {
        this.api = api;
        this.base = base;
    }

    /** The same walk along amendment {@code number}'s route: its councils' requests live under the amendment. */
    SampleRoute amendment(int number) {
        return new SampleRoute(base + "/amendments/" + number, api);
    }

    long present(String insee, String on) {
        return api.command(base + "/communes/" + insee + "/presentation", "{\"sessionDate\":\"" + on + "\"}");
    }

    /** Every member who votes is present (one abstains): the council's size defaults from its population. */
    long vote(String insee, String on, int votesFor, int against, String number) {
        return api.command(base + "/communes/" + insee + "/votes", """
                {"sessionDate":"%s","present":%d,"votesFor":%d,"votesAgainst":%d,"abstentions":1,"notTakingPart":0,
                 "ballot":"PUBLIC","deliberationNumber":"%s"}""".formatted(on, votesFor + against + 1, votesFor,
                against, number));
    }

    /** An adoption by all the members in office but one, who abstains: fits a council of any size. */
    long adopt(String insee, String on, String number) {
        int size = CouncilSize.ofMunicipalCouncil(REFERENCE.find(insee).orElseThrow().population());
        return vote(insee, on, size - 2, 1, number);
    }

    long transmit(String insee, String voteDate, String number, String on) {
        String actesId = "042-" + SIRENS.get(insee) + "-" + voteDate.replace("-", "") + "-" + number + "-DE";
        return api.command(base + "/communes/" + insee + "/transmission",
                "{\"sentOn\":\"" + on + "\",\"receivedOn\":\"" + on + "\",\"actesId\":\"" + actesId + "\"}");
    }

    /** Electronic, at an address of the kind a commune publishes at (test data). */
    long publish(String insee, String on) {
        return api.command(base + "/communes/" + insee + "/publication", "{\"publishedOn\":\"" + on
                + "\",\"url\":\"https://www.example.fr/" + insee + "/deliberations.pdf\"}");
    }

    long withdraw(String insee, String on, String reason) {
        return api.command(base + "/communes/" + insee + "/withdrawal",
                "{\"withdrawnOn\":\"" + on + "\",\"reason\":\"" + reason + "\"}");
    }

    /**
     * Saint-Étienne Métropole's council adopts on 28 September 2023 (the sample makes it a party), the CAF's board has
     * decided on 27 June, and every remaining party signs on {@code on}: the last command answers the position.
     */
    long sign(String on) {
        metropoleAdopts("2023-09-28", "DEL_2023_120", "2023-09-29");
        api.command(base + "/caf/board-decision", "{\"decidedOn\":\"2023-06-27\",\"reference\":\"CA 2023-06\"}");
        return sign(on, party -> true);
    }

    /** Every remaining party that {@code signs} signs on {@code on}: the CAF, the Métropole, the communes. */
    long sign(String on, java.util.function.Predicate<String> signs) {
        List<String> signatories = new ArrayList<>();
        if (signs.test("caf")) {
            signatories.add("{\"partyId\":\"caf\",\"name\":\"Présidente\","
                    + "\"role\":\"Présidente du conseil d'administration\"}");
        }
        if (signs.test(METROPOLE)) {
            signatories.add("{\"partyId\":\"" + METROPOLE + "\",\"name\":\"Président\",\"role\":\"Président\"}");
        }
        SIRENS.keySet().stream().filter(insee -> !insee.equals(PAVEZIN)).filter(signs).forEach(insee -> signatories
                .add("{\"partyId\":\"" + insee + "\",\"name\":\"Maire\",\"role\":\"Maire\"}"));
        return api.command(base + "/signature", "{\"signedOn\":\"" + on + "\",\"signatories\":["
                + String.join(",", signatories) + "]}");
    }

    /** Saint-Étienne Métropole's council adopts on {@code on}, transmits and publishes on {@code after}. */
    void metropoleAdopts(String on, String number, String after) {
        String metropole = base + "/epci/" + METROPOLE;
        String actesId = "042-" + METROPOLE + "-" + on.replace("-", "") + "-" + number + "-DE";
        api.command(metropole + "/presentation", "{\"sessionDate\":\"" + on + "\"}");
        api.command(metropole + "/votes", """
                {"sessionDate":"%s","membersInOffice":124,"present":95,"votesFor":90,"votesAgainst":2,
                 "abstentions":3,"notTakingPart":0,"ballot":"PUBLIC","deliberationNumber":"%s",
                 "actesId":"%s"}""".formatted(on, number, actesId));
        api.command(metropole + "/transmission", "{\"sentOn\":\"" + after + "\",\"receivedOn\":\"" + after
                + "\",\"actesId\":\"" + actesId + "\"}");
        api.command(metropole + "/publication", "{\"publishedOn\":\"" + after + "\","
                + "\"url\":\"https://www.example.fr/metropole/deliberations.pdf\"}");
    }

    /** Every remaining commune adopts on {@code on} (deliberation {@code prefix}1, 2...), transmits and publishes on {@code after}. */
    void everyCommuneAdopts(String on, String prefix, String after) {
        int number = 1;
        for (String insee : SIRENS.keySet()) {
            if (!insee.equals(PAVEZIN)) {
                String deliberation = prefix + number++;
                present(insee, on);
                adopt(insee, on, deliberation);
                transmit(insee, on, deliberation, after);
                publish(insee, after);
            }
        }
    }

    long status(String actionId, String status, String on, String reason) {
        return api.command(base + "/actions/" + actionId + "/status", """
                {"status":"%s","on":"%s","note":"Revue COPIL"%s}""".formatted(status, on,
                reason == null ? "" : ",\"reason\":\"" + reason + "\""));
    }

    /** Every commune but Saint-Chamond (rejected on 4 September) and Pavezin (withdrawn) becomes executory. */
    void firstRound() {
        int number = 1;
        for (String insee : SIRENS.keySet()) {
            present(insee, "2023-09-04");
            if (insee.equals(SAINT_CHAMOND)) {
                vote(insee, "2023-09-04", 8, 30, "DEL_2023_040");
            } else if (insee.equals(PAVEZIN)) {
                withdraw(insee, "2023-09-20", "Rejoint une autre CTG");
            } else if (insee.equals(RIVE_DE_GIER)) {
                vote(insee, "2023-09-06", 25, 2, "DEL_2023_064");
                transmit(insee, "2023-09-06", "DEL_2023_064", "2023-09-13");
                publish(insee, "2023-09-14");
            } else {
                String deliberation = "DEL_" + number++;
                adopt(insee, "2023-09-11", deliberation);
                publish(insee, "2023-09-20");
                transmit(insee, "2023-09-11", deliberation, "2023-09-18");
            }
        }
    }

    /** Saint-Chamond is presented again, adopts, and its deliberation becomes executory on 6 October. */
    void secondVoteOfSaintChamond() {
        present(SAINT_CHAMOND, "2023-10-02");
        vote(SAINT_CHAMOND, "2023-10-02", 29, 9, "DEL_2023_051");
        transmit(SAINT_CHAMOND, "2023-10-02", "DEL_2023_051", "2023-10-05");
        publish(SAINT_CHAMOND, "2023-10-06");
    }
}
