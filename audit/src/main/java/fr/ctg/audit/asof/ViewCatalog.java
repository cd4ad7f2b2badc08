package fr.ctg.audit.asof;

import fr.ctg.platform.processing.HandlerBatch;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ReflectionUtils;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The read models a replay can copy, inspected once: Axon's handler adapters are built by reflection over every
 * handler method, which is too slow to repeat for each as-of request. Also knows which read model answers which
 * query, so that an as-of view copies and feeds only the read models its queries read.
 */
final class ViewCatalog {

    /** A read model, its tables, its event handlers ready to be fed, and the query types it answers. */
    record Model(List<String> tables, HandlerBatch handlers, Set<Class<?>> answers) {
    }

    private final List<Model> models;
    private final HandlerBatch all;

    ViewCatalog(List<ReplayableViews.View> views) {
        this.models = views.stream().map(view -> new Model(view.tables(), new HandlerBatch(List.of(view.projection())),
                queryTypes(AopUtils.getTargetClass(view.projection())))).toList();
        this.all = new HandlerBatch(views.stream().map(ReplayableViews.View::projection).toList());
    }

    List<Model> models() {
        return models;
    }

    /** Every read model's handlers in one batch: each event handed to each of them in turn. */
    HandlerBatch all() {
        return all;
    }

    List<String> tables() {
        return models.stream().flatMap(model -> model.tables().stream()).distinct().sorted().toList();
    }

    /**
     * The read models answering {@code queryType}; every one when no read model declares it (a query answered
     * elsewhere could read any table: copy them all rather than answer from an empty one).
     */
    List<Model> answering(Class<?> queryType) {
        List<Model> found = models.stream().filter(model -> model.answers().contains(queryType)).toList();
        return found.isEmpty() ? models : found;
    }

    private static Set<Class<?>> queryTypes(Class<?> projection) {
        Set<Class<?>> types = new HashSet<>();
        ReflectionUtils.doWithMethods(projection, method -> {
            if (method.getParameterCount() > 0 && AnnotatedElementUtils.hasAnnotation(method, QueryHandler.class)) {
                types.add(method.getParameterTypes()[0]);
            }
        });
        return Set.copyOf(types);
    }
}
