package fr.ctg.command.convention;

import fr.ctg.convention.Commune;

import java.util.Optional;

/** The reference data of French communes (INSEE code, name, department, SIREN, population). */
public interface CommuneRegistry {

    Optional<Commune> find(String inseeCode);
}
