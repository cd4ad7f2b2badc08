package fr.ctg.route;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Revision 2 added the mode and the address of an electronic publication; revision-1 events (recorded before the
 * mode was) are upcast with both null: not recorded.
 */
@Revision("2")
public record DeliberationPublished(String conventionId, String communeInseeCode, LocalDate publishedOn,
                                    PublicationMode mode, String url) implements CommuneRouteEvent {
}
