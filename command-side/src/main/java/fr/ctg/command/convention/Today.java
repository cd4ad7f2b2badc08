package fr.ctg.command.convention;

import java.time.LocalDate;

/**
 * Today's date in Europe/Paris, given to the command handlers that bound route dates: the domain takes time from
 * outside (see CommandSideArchitectureTest), and a test fixes it.
 */
@FunctionalInterface
public interface Today {

    LocalDate inParis();
}
