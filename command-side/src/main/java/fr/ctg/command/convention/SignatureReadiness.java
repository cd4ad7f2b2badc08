package fr.ctg.command.convention;

import fr.ctg.route.query.RouteStep;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Which communes still block the signature, and what each lacks: as {@link fr.ctg.route.RouteProgress} says. */
final class SignatureReadiness {

    record Blocker(String inseeCode, String name, String perimeterCode, List<RouteStep> missing) {

        Map<String, Object> asMap() {
            return Map.of("inseeCode", inseeCode, "name", name, "perimeterCode", perimeterCode,
                    "missing", missing.stream().map(Enum::name).toList());
        }
    }

    private SignatureReadiness() {
    }

    static List<Blocker> blockers(Collection<CommuneRoute> communes) {
        return communes.stream()
                .filter(route -> route.state().progress().blocksSignature())
                .map(route -> new Blocker(route.commune().inseeCode(), route.commune().name(), route.perimeterCode(),
                        route.state().missing()))
                .toList();
    }
}
