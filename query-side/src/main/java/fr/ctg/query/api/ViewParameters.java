package fr.ctg.query.api;

import fr.ctg.convention.Period;
import fr.ctg.query.web.QueryParameters;

/** The query side's reading of the parameters its views take, so that a page refuses the same texts as the API. */
public final class ViewParameters {

    private ViewParameters() {
    }

    /** "2023-2024" or "2027"; null when blank; otherwise the query side's 400 problem {@code invalid-period}. */
    public static Period period(String text) {
        return QueryParameters.period(text);
    }
}
