package fr.ctg.command.convention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Which communes still block the signature, and what each lacks. */
final class SignatureReadiness {

    enum Missing { PRESENTATION, ADOPTED_VOTE, PREFECTURE_TRANSMISSION, PUBLICATION }

    record Blocker(String inseeCode, String name, String perimeterCode, List<Missing> missing) {

        Map<String, Object> asMap() {
            return Map.of("inseeCode", inseeCode, "name", name, "perimeterCode", perimeterCode,
                    "missing", missing.stream().map(Enum::name).toList());
        }
    }

    private SignatureReadiness() {
    }

    static List<Blocker> blockers(Collection<CommuneRoute> communes) {
        return communes.stream()
                .filter(route -> !route.withdrawn() && !route.executory())
                .map(route -> new Blocker(route.commune().inseeCode(), route.commune().name(), route.perimeterCode(),
                        missing(route)))
                .toList();
    }

    private static List<Missing> missing(CommuneRoute route) {
        List<Missing> missing = new ArrayList<>();
        if (route.presentedOn() == null) {
            missing.add(Missing.PRESENTATION);
        }
        if (!route.adopted()) {
            missing.add(Missing.ADOPTED_VOTE);
        }
        if (route.transmissionReceivedOn() == null) {
            missing.add(Missing.PREFECTURE_TRANSMISSION);
        }
        if (route.publishedOn() == null) {
            missing.add(Missing.PUBLICATION);
        }
        return missing;
    }
}
