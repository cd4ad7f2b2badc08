package fr.ctg.platform.processing;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;

import java.util.ArrayList;
import java.util.List;

/**
 * Events handed to event handlers a batch at a time, in one batching unit of work as a streaming processor hands
 * them over, but to several handlers at once: for a one-pass rebuild and for replays into throwaway copies. Each
 * event is deserialized once, whatever the number of handlers, and writes a projection queues for the batch are
 * sent at the batch's end. Runs on the caller's thread, inside its transaction.
 */
public final class HandlerBatch {

    private final List<AnnotationEventHandlerAdapter> handlers;

    public HandlerBatch(List<?> eventHandlers) {
        this.handlers = eventHandlers.stream().map(AnnotationEventHandlerAdapter::new).toList();
    }

    /** Every event in order to every handler that handles it; the first failure is thrown and ends the batch. */
    public void feed(List<? extends EventMessage<?>> events) {
        if (events.isEmpty()) {
            return;
        }
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(new ArrayList<>(events));
        ResultMessage<?> result = batch.executeWithResult(() -> {
            handle(batch.getMessage());
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            Throwable cause = result.exceptionResult();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
    }

    private void handle(EventMessage<?> event) {
        for (AnnotationEventHandlerAdapter handler : handlers) {
            if (handler.canHandle(event)) {
                try {
                    handler.handle(event);
                } catch (Exception e) {
                    throw new IllegalStateException("Handling " + event.getPayloadType().getSimpleName(), e);
                }
            }
        }
    }
}
