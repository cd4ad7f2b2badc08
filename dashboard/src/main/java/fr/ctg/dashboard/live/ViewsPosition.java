package fr.ctg.dashboard.live;

import fr.ctg.query.processing.ProcessorNames;
import fr.ctg.query.processing.ProcessorPositions;
import org.springframework.stereotype.Component;

/** The global position every view has handled; a page renders it so that it knows which updates it already shows. */
@Component
public class ViewsPosition {

    private final ProcessorPositions positions;

    ViewsPosition(ProcessorPositions positions) {
        this.positions = positions;
    }

    /** -1 while some view has handled nothing. */
    public long current() {
        long min = Long.MAX_VALUE;
        for (String processor : ProcessorNames.ALL) {
            min = Math.min(min, positions.position(processor).orElse(-1));
        }
        return min;
    }
}
