package fr.ctg.route;

/**
 * Who took part in a council's meeting (CGCT L2121-17 and L2121-20).
 *
 * @param membersInOffice the council's members in office that day (its legal size less vacancies)
 * @param present         members physically present: the quorum counts them alone
 * @param represented     absent members who gave a proxy to a present one (each holds at most one)
 */
public record Attendance(int membersInOffice, int present, int represented) {

    /** More than half of the members in office are present. */
    public boolean quorate() {
        return present * 2 > membersInOffice;
    }

    /** Present members and those voting by proxy: no more can take part in a vote. */
    public int voting() {
        return present + represented;
    }
}
