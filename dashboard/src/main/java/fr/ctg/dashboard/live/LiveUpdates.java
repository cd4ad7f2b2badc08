package fr.ctg.dashboard.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells open pages when the views have moved. It polls the position every view has passed (the slowest of the
 * query side's processors) rather than listening to events, because a page must reload its figures only once every
 * view it shows has handled the new event; an event handler of its own would fire before the views are updated.
 * Polling stops costing anything while no page is open.
 */
@Component
class LiveUpdates implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final ViewsPosition positions;
    private final Duration interval;
    private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService poller;
    private volatile long lastSent = Long.MIN_VALUE;

    LiveUpdates(ViewsPosition positions, @Value("${ctg.dashboard.live-interval:500ms}") Duration interval) {
        this.positions = positions;
        this.interval = interval;
    }

    SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(Duration.ofMinutes(30).toMillis());
        emitters.add(emitter);
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> emitters.remove(emitter));
        emitter.onError(e -> emitters.remove(emitter));
        try {
            // The current position lets the page ignore an update it already shows.
            emitter.send(SseEmitter.event().name("views").data(Long.toString(viewsPosition())));
        } catch (IOException | RuntimeException e) {
            emitters.remove(emitter);
        }
        return emitter;
    }

    private long viewsPosition() {
        return positions.current();
    }

    private void poll() {
        if (emitters.isEmpty()) {
            return;
        }
        try {
            long position = viewsPosition();
            if (position != lastSent) {
                lastSent = position;
                for (SseEmitter emitter : emitters) {
                    send(emitter, position);
                }
            }
        } catch (RuntimeException e) {
            log.debug("Cannot read the views' positions: {}", e.toString());
        }
    }

    private void send(SseEmitter emitter, long position) {
        try {
            emitter.send(SseEmitter.event().name("views").data(Long.toString(position)));
        } catch (IOException | IllegalStateException e) {
            emitters.remove(emitter);
        }
    }

    @Override
    public void start() {
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "dashboard-live-updates");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        emitters.forEach(SseEmitter::complete);
        emitters.clear();
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null && !poller.isShutdown();
    }
}
