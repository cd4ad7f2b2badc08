package fr.ctg.dashboard.route;

/** A party the signature form offers: its id as the command API names it, and how the page names it. */
record SigningParty(String partyId, String label) {
}
