package fr.ctg.query.perimeterapproval;

import fr.ctg.query.route.CommuneFacts;
import fr.ctg.query.route.RouteFigures;
import fr.ctg.route.RouteProgress;
import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.PerimeterApprovalView;
import fr.ctg.route.query.SignatureBlocker;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Aggregates the per-commune rows into one view per perimeter, in the order of the definition. */
class PerimeterApprovalQueries {

    private final JdbcTemplate jdbc;

    PerimeterApprovalQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param perimeterCode null for every perimeter */
    List<PerimeterApprovalView> perimeters(String conventionId, String perimeterCode) {
        Map<String, Accumulator> byPerimeter = new LinkedHashMap<>();
        jdbc.query("""
                        SELECT * FROM perimeter_approval_commune
                        WHERE convention_id = ? AND (CAST(? AS TEXT) IS NULL OR perimeter_code = ?)
                        ORDER BY perimeter_ordinal, ordinal""",
                rs -> {
                    RouteProgress progress = new RouteProgress(CommuneStage.valueOf(rs.getString("stage")),
                            rs.getBoolean("transmitted"), rs.getBoolean("published"));
                    String name = rs.getString("perimeter_name");
                    Accumulator perimeter = byPerimeter.computeIfAbsent(rs.getString("perimeter_code"),
                            code -> new Accumulator(code, name));
                    perimeter.facts.add(new CommuneFacts(progress.stage(), rs.getInt("population")));
                    if (progress.blocksSignature()) {
                        perimeter.blockers.add(new SignatureBlocker(rs.getString("insee_code"),
                                rs.getString("commune_name"), perimeter.code, progress.stage(), progress.missing()));
                    }
                },
                conventionId, perimeterCode, perimeterCode);
        return byPerimeter.values().stream()
                .map(p -> new PerimeterApprovalView(conventionId, p.code, p.name, RouteFigures.totals(p.facts),
                        List.copyOf(p.blockers)))
                .toList();
    }

    private static final class Accumulator {
        private final String code;
        private final String name;
        private final List<CommuneFacts> facts = new ArrayList<>();
        private final List<SignatureBlocker> blockers = new ArrayList<>();

        private Accumulator(String code, String name) {
            this.code = code;
            this.name = name;
        }
    }
}
