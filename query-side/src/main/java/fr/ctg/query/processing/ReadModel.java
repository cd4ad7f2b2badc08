package fr.ctg.query.processing;

import java.util.List;

/** A read model: the processor that fills it and the tables it owns, which a rebuild empties. */
public interface ReadModel {

    String processorName();

    List<String> tables();

    /** The read models {@code processor} fills, in the given order. */
    static List<ReadModel> filledBy(String processor, List<ReadModel> models) {
        return models.stream().filter(model -> model.processorName().equals(processor)).toList();
    }
}
