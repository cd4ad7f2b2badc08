package fr.ctg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One convention per EPCI of the reference data, its member communes grouped into perimeters of at most ten, the
 * sample's themes, stakes and actions; every commune walked through the route (presentation, vote, transmission with
 * a valid ACTES id, publication), the convention signed, then every action updated several times a year for five
 * years. All through the command API.
 */
final class NationalFixture {

    record Epci(String siren, String name, List<String[]> communes) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private NationalFixture() {
    }

    static List<Epci> read(Path referenceDir, int limit) throws IOException {
        Map<String, List<String[]>> members = new LinkedHashMap<>();
        for (String line : Files.readAllLines(referenceDir.resolve("communes-fr.csv")).stream().skip(1).toList()) {
            String[] c = line.split(",", -1);
            members.computeIfAbsent(c[5], k -> new ArrayList<>()).add(c);
        }
        List<Epci> epcis = new ArrayList<>();
        for (String line : Files.readAllLines(referenceDir.resolve("epci-fr.csv")).stream().skip(1).toList()) {
            String[] e = line.split(",", -1);
            if (members.containsKey(e[0]) && epcis.size() < limit) {
                epcis.add(new Epci(e[0], e[1], members.get(e[0])));
            }
        }
        return epcis;
    }

    /** Generates the fixture with {@code clients} concurrent HTTP clients, one convention at a time each. */
    static long generate(String commandUrl, List<Epci> epcis, int updatesPerActionYear, int clients,
                         Consumer<String> assign) throws InterruptedException {
        AtomicLong commands = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> conventions = new ArrayList<>();
        for (Epci epci : epcis) {
            conventions.add(pool.submit(() -> {
                String id = "ctg-" + epci.siren();
                assign.accept(id);
                send(commandUrl + "/api/v1/conventions", Bench.ADMIN, definition(id, epci), commands);
                String base = commandUrl + "/api/v1/conventions/" + id;
                int n = 0;
                for (String[] c : epci.communes()) {
                    String number = "DEL_2023_" + (++n);
                    String actes = String.format("%3s", c[2]).replace(' ', '0') + "-" + c[3] + "-20230910-" + number + "-DE";
                    String commune = base + "/communes/" + c[0];
                    send(commune + "/presentation", Bench.COORDINATOR, "{\"sessionDate\":\"2023-09-01\"}", commands);
                    // Seven members in office fits every council (the smallest has seven, CGCT L2121-2).
                    send(commune + "/votes", Bench.COORDINATOR, "{\"sessionDate\":\"2023-09-10\","
                            + "\"membersInOffice\":7,\"present\":7,\"votesFor\":5,\"votesAgainst\":1,"
                            + "\"abstentions\":1,\"notTakingPart\":0,\"ballot\":\"PUBLIC\","
                            + "\"deliberationNumber\":\"" + number + "\"}", commands);
                    send(commune + "/transmission", Bench.COORDINATOR, "{\"sentOn\":\"2023-09-15\","
                            + "\"receivedOn\":\"2023-09-15\",\"actesId\":\"" + actes + "\"}", commands);
                    send(commune + "/publication", Bench.COORDINATOR, "{\"publishedOn\":\"2023-09-20\","
                            + "\"url\":\"https://www.example.fr/" + c[0] + "/deliberations.pdf\"}", commands);
                }
                send(base + "/caf/board-decision", Bench.COORDINATOR, "{\"decidedOn\":\"2023-06-27\"}", commands);
                StringBuilder signatories = new StringBuilder(
                        "{\"partyId\":\"caf\",\"name\":\"Bench\",\"role\":\"Directeur\"}");
                for (String[] c : epci.communes()) {
                    signatories.append(",{\"partyId\":\"").append(c[0]).append("\",\"name\":\"Bench\",\"role\":\"Maire\"}");
                }
                send(base + "/signature", Bench.COORDINATOR, "{\"signedOn\":\"2023-10-02\",\"signatories\":["
                        + signatories + "]}", commands);
                for (int year = 2023; year <= 2027; year++) {
                    for (int u = 0; u < updatesPerActionYear; u++) {
                        String on = year + "-" + String.format("%02d", 1 + u * 11 / Math.max(1, updatesPerActionYear)) + "-15";
                        for (String action : Bench.ACTION_IDS) {
                            send(base + "/actions/" + action + "/status", Bench.COORDINATOR,
                                    "{\"status\":\"IN_PROGRESS\",\"on\":\"" + on + "\",\"note\":\"suivi " + on + "\"}",
                                    commands);
                        }
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        pool.awaitTermination(7, TimeUnit.DAYS);
        // A convention that failed half-way must stop the run, not leave a smaller fixture measured as if whole.
        for (Future<?> convention : conventions) {
            try {
                convention.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("the fixture failed", e.getCause());
            }
        }
        return commands.get();
    }

    private static void send(String url, String user, String body, AtomicLong commands) {
        // Set-up, not a measurement: the first commands of a cold service on a loaded machine may take over 10 s.
        String[] answer = Http.post(url, user, body, java.time.Duration.ofSeconds(60));
        if (!answer[0].startsWith("2")) {
            throw new IllegalStateException("POST " + url + " -> " + answer[0] + " " + answer[1]);
        }
        commands.incrementAndGet();
    }

    static String definition(String id, Epci epci) {
        try {
            ObjectNode sample = (ObjectNode) JSON.readTree(new ClassPathResource("sample/ctg-pays-du-gier.json")
                    .getInputStream());
            sample.put("conventionId", id);
            sample.put("name", "CTG " + epci.name());
            ArrayNode perimeters = JSON.createArrayNode();
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < epci.communes().size(); i += 10) {
                String code = "P" + (i / 10 + 1);
                codes.add(code);
                ObjectNode perimeter = perimeters.addObject().put("code", code).put("name", "Périmètre " + code);
                ArrayNode insee = perimeter.putArray("communeInseeCodes");
                epci.communes().subList(i, Math.min(i + 10, epci.communes().size())).forEach(c -> insee.add(c[0]));
            }
            sample.set("perimeters", perimeters);
            // The parties: this EPCI itself (the sample's Métropole counts none of these communes as members).
            sample.putObject("parties").put("epciSiren", epci.siren());
            // The sample's actions name P1-P3 and a commune of the Loire; here each covers every perimeter.
            for (var action : sample.withArray("actions")) {
                ObjectNode scope = ((ObjectNode) action).putObject("scope");
                codes.forEach(scope.putArray("perimeterCodes")::add);
                scope.putArray("communeInseeCodes");
                ((ObjectNode) action).put("level", "INTERCOMMUNAL");
            }
            return sample.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
