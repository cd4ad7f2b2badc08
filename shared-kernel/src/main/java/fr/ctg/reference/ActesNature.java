package fr.ctg.reference;

/** The nature code closing an ACTES identifier. */
public enum ActesNature {
    DE, // délibération
    AR, // acte réglementaire
    AI, // acte individuel
    CC, // contrat, convention
    BF, // budgétaire et financier
    AU  // autre
}
