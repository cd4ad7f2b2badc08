package fr.ctg.command.reference;

import fr.ctg.command.convention.CommuneRegistry;
import fr.ctg.convention.Commune;
import fr.ctg.convention.Epci;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every French commune and intercommunality, from Etalab's decoupage-administratif (shipped as resources). A
 * commune's SIREN is read, never derived from its INSEE code: communes born of a merger have SIRENs that do not
 * follow the INSEE code. The reference gives no department for an EPCI: it is the department most of its member
 * communes are in (that of its prefecture of attachment in every case of the 2024 data, see the test).
 */
public final class ReferenceCommunes implements CommuneRegistry {

    static final String COMMUNES = "/reference/communes-fr.csv";
    static final String EPCIS = "/reference/epci-fr.csv";

    private final Map<String, Commune> byInseeCode;
    private final Map<String, String> epciOfCommune;
    private final Map<String, Epci> epciBySiren;

    private ReferenceCommunes(Map<String, Commune> byInseeCode, Map<String, String> epciOfCommune,
                              Map<String, Epci> epciBySiren) {
        this.byInseeCode = Map.copyOf(byInseeCode);
        this.epciOfCommune = Map.copyOf(epciOfCommune);
        this.epciBySiren = Map.copyOf(epciBySiren);
    }

    public static ReferenceCommunes load() {
        Map<String, Commune> communes = new HashMap<>();
        Map<String, String> epciOfCommune = new HashMap<>();
        // insee_code,name,departement,siren,population,epci_siren
        read(COMMUNES, f -> {
            communes.put(f[0], new Commune(f[0], f[1], f[2], f[3], number(f[4])));
            if (!f[5].isEmpty()) {
                epciOfCommune.put(f[0], f[5]);
            }
        });
        Map<String, String> departementOfEpci = epciOfCommune.entrySet().stream().collect(Collectors.groupingBy(
                Map.Entry::getValue, Collectors.collectingAndThen(Collectors.toList(), members -> mostCommon(
                        members.stream().map(member -> communes.get(member.getKey()).departement()).toList()))));
        Map<String, Epci> epcis = new HashMap<>();
        // siren,name,type,member_count,population
        read(EPCIS, f -> epcis.put(f[0], new Epci(f[0], f[1], departementOfEpci.getOrDefault(f[0], ""), number(f[4]))));
        return new ReferenceCommunes(communes, epciOfCommune, epcis);
    }

    @Override
    public Optional<Commune> find(String inseeCode) {
        return Optional.ofNullable(inseeCode).map(byInseeCode::get);
    }

    @Override
    public Optional<Epci> findEpci(String siren) {
        return Optional.ofNullable(siren).map(epciBySiren::get);
    }

    @Override
    public Optional<String> epciOf(String inseeCode) {
        return Optional.ofNullable(inseeCode).map(epciOfCommune::get);
    }

    private static String mostCommon(List<String> values) {
        return values.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("");
    }

    private static int number(String field) {
        return field.isEmpty() ? 0 : Integer.parseInt(field);
    }

    private static void read(String resource, Consumer<String[]> row) {
        try (InputStream in = Objects.requireNonNull(ReferenceCommunes.class.getResourceAsStream(resource), resource);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord record : csv) {
                row.accept(record.values());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
