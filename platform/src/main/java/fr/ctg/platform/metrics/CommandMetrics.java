package fr.ctg.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Times each command from the start of its handling to the end of its unit of work, and records the outcome then:
 * a command whose events fail to commit (a concurrent writer, the database) is a failure even if its handler
 * returned.
 */
class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String NAME = "ctg.commands";

    private final MeterRegistry registry;

    CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        String type = simpleName(unitOfWork.getMessage().getPayloadType());
        Timer.Sample sample = Timer.start(registry);
        unitOfWork.afterCommit(u -> sample.stop(timer(type, "success", "none")));
        unitOfWork.onRollback(u -> {
            Throwable cause = u.getExecutionResult() == null ? null : u.getExecutionResult().getExceptionResult();
            sample.stop(timer(type, "failure", cause == null ? "unknown" : cause.getClass().getSimpleName()));
        });
        return chain.proceed();
    }

    private Timer timer(String type, String outcome, String exception) {
        return Timer.builder(NAME)
                .description("Commands handled, by type and outcome")
                .tag("type", type)
                .tag("outcome", outcome)
                .tag("exception", exception)
                .register(registry);
    }

    private static String simpleName(Class<?> type) {
        return type == null ? "unknown" : type.getSimpleName();
    }
}
