package fr.ctg.query.replay;

import fr.ctg.audit.asof.ReplayableViews;
import fr.ctg.query.processing.ProcessorPositions;
import fr.ctg.query.processing.ReadModel;
import org.springframework.stereotype.Component;

import java.util.List;

/** The query side's read models, offered to the audit trail's as-of views and replay check. */
@Component
class ReplayableReadModels implements ReplayableViews {

    private final List<ReadModel> readModels;
    private final ProcessorPositions positions;

    ReplayableReadModels(List<ReadModel> readModels, ProcessorPositions positions) {
        this.readModels = readModels;
        this.positions = positions;
    }

    @Override
    public List<View> views() {
        return readModels.stream().map(model -> new View(model, model.tables())).toList();
    }

    @Override
    public boolean liveViewsReached(long position) {
        return readModels.stream().map(ReadModel::processorName).distinct()
                .allMatch(name -> positions.reached(name, position));
    }
}
