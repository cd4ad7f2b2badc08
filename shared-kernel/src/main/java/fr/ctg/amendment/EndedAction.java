package fr.ctg.amendment;

import java.time.LocalDate;

/** An action that an amendment dropped, merged or split: its history stays, ended on the amendment's day in force. */
public record EndedAction(String actionId, int amendmentNumber, LocalDate endedOn) {
}
