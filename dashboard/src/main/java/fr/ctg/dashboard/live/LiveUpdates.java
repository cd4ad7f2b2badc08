package fr.ctg.dashboard.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
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
    private final int limitPerUser;
    private final Duration heartbeat;
    private volatile long lastHeartbeat = System.nanoTime();
    /** Each open stream with what closes it (counted once, whichever of the container or a failed send comes first). */
    private final Map<SseEmitter, Runnable> emitters = new ConcurrentHashMap<>();
    private final Map<String, Integer> openPerUser = new ConcurrentHashMap<>();
    private ScheduledExecutorService poller;
    private volatile long lastSent = Long.MIN_VALUE;

    LiveUpdates(ViewsPosition positions, @Value("${ctg.dashboard.live-interval:500ms}") Duration interval,
                @Value("${ctg.dashboard.live-streams-per-user:8}") int limitPerUser,
                @Value("${ctg.dashboard.live-heartbeat:15s}") Duration heartbeat) {
        this.positions = positions;
        this.interval = interval;
        this.limitPerUser = limitPerUser;
        this.heartbeat = heartbeat;
    }

    int limitPerUser() {
        return limitPerUser;
    }

    /** Empty when the user already holds as many open streams as allowed. */
    Optional<SseEmitter> subscribe(String user) {
        boolean[] granted = {false};
        openPerUser.compute(user, (name, open) -> {
            int count = open == null ? 0 : open;
            granted[0] = count < limitPerUser;
            return granted[0] ? count + 1 : (open == null ? null : open);
        });
        if (!granted[0]) {
            return Optional.empty();
        }
        SseEmitter emitter = new SseEmitter(Duration.ofMinutes(30).toMillis());
        AtomicBoolean closed = new AtomicBoolean();
        Runnable close = () -> {
            if (closed.compareAndSet(false, true)) {
                emitters.remove(emitter);
                openPerUser.computeIfPresent(user, (name, open) -> open > 1 ? open - 1 : null);
            }
        };
        emitters.put(emitter, close);
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(e -> close.run());
        try {
            // The current position lets the page ignore an update it already shows.
            emitter.send(SseEmitter.event().name("views").data(Long.toString(viewsPosition())));
        } catch (IOException | RuntimeException e) {
            close.run();
        }
        return Optional.of(emitter);
    }

    private long viewsPosition() {
        return positions.current();
    }

    private void poll() {
        if (emitters.isEmpty()) {
            return;
        }
        if (System.nanoTime() - lastHeartbeat >= heartbeat.toNanos()) {
            // A closed page is noticed only when a write to it fails, and positions may not move for hours: a
            // comment line now and then frees the place of a page that is gone (and keeps proxies from timing out).
            lastHeartbeat = System.nanoTime();
            emitters.forEach(LiveUpdates::keepAlive);
        }
        try {
            long position = viewsPosition();
            if (position != lastSent) {
                lastSent = position;
                emitters.forEach((emitter, close) -> send(emitter, close, position));
            }
        } catch (RuntimeException e) {
            log.debug("Cannot read the views' positions: {}", e.toString());
        }
    }

    private static void keepAlive(SseEmitter emitter, Runnable close) {
        try {
            emitter.send(SseEmitter.event().comment("keep-alive"));
        } catch (IOException | IllegalStateException e) {
            close.run();
        }
    }

    private static void send(SseEmitter emitter, Runnable close, long position) {
        try {
            emitter.send(SseEmitter.event().name("views").data(Long.toString(position)));
        } catch (IOException | IllegalStateException e) {
            close.run();
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
        emitters.keySet().forEach(SseEmitter::complete);
        emitters.clear();
        openPerUser.clear();
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null && !poller.isShutdown();
    }
}
