package fr.ctg.command.convention;

import fr.ctg.convention.Commune;
import fr.ctg.convention.Epci;

import java.util.Optional;

/**
 * The reference data of French communes (INSEE code, name, department, SIREN, population) and intercommunalities
 * (SIREN, name, population, and the department of its seat).
 */
public interface CommuneRegistry {

    Optional<Commune> find(String inseeCode);

    Optional<Epci> findEpci(String siren);

    /** The SIREN of the intercommunality the commune belongs to, if any. */
    Optional<String> epciOf(String inseeCode);
}
