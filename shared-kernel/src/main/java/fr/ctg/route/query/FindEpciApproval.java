package fr.ctg.route.query;

/** The EPCI's council on its route, as one row shaped like a commune's; none when the EPCI is not a party. */
public record FindEpciApproval(String conventionId) {
}
