package fr.ctg.command.reference;

import fr.ctg.command.convention.CommuneRegistry;
import fr.ctg.convention.Commune;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every French commune, from Etalab's decoupage-administratif (shipped as a resource). A commune's SIREN is read,
 * never derived from its INSEE code: communes born of a merger have SIRENs that do not follow the INSEE code.
 */
public final class ReferenceCommunes implements CommuneRegistry {

    static final String RESOURCE = "/reference/communes-fr.csv";

    private final Map<String, Commune> byInseeCode;

    private ReferenceCommunes(Map<String, Commune> byInseeCode) {
        this.byInseeCode = Map.copyOf(byInseeCode);
    }

    public static ReferenceCommunes load() {
        try (InputStream in = Objects.requireNonNull(ReferenceCommunes.class.getResourceAsStream(RESOURCE), RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, Commune> communes = new HashMap<>();
            reader.readLine(); // insee_code,name,departement,siren,population,epci_siren
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",", -1);
                communes.put(f[0], new Commune(f[0], f[1], f[2], f[3], f[4].isEmpty() ? 0 : Integer.parseInt(f[4])));
            }
            return new ReferenceCommunes(communes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Commune> find(String inseeCode) {
        return Optional.ofNullable(inseeCode).map(byInseeCode::get);
    }
}
