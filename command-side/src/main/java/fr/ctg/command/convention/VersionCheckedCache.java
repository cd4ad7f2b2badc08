package fr.ctg.command.convention;

import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.AggregateCacheEntry;

import java.lang.reflect.Field;
import java.util.OptionalLong;

/**
 * Axon's aggregate cache, made safe for several command nodes: a cached convention is used only if its version is
 * still the last sequence number stored for it; otherwise (another node appended since) it is dropped and the
 * repository loads it from the store as without a cache. The check is one index probe instead of a snapshot and up
 * to 99 events read and deserialized. An event another node appends after the check makes this command's append
 * collide on the store's unique (aggregate, sequence) key, as it would without a cache: the command is retried on
 * a fresh load ({@code ConcurrentAppendRetry}), and Axon drops the cached entry on that rollback.
 * <p>
 * Entries are held by weak references (the garbage collector bounds the cache).
 */
public final class VersionCheckedCache extends WeakReferenceCache {

    /** The last sequence number stored for an aggregate, empty when it has no event. */
    @FunctionalInterface
    public interface StoredVersions {
        OptionalLong of(String aggregateIdentifier);
    }

    // Axon's entry keeps the version it was cached at but does not expose it; read once per lookup. A test
    // (VersionCheckedCacheTest) fails at once if an Axon upgrade renames the field.
    private static final Field VERSION = versionField();

    private final StoredVersions stored;

    public VersionCheckedCache(StoredVersions stored) {
        this.stored = stored;
    }

    @Override
    public <K, V> V get(K key) {
        V value = super.get(key);
        if (value instanceof AggregateCacheEntry<?> entry && !current(key, entry)) {
            remove(key);
            return null;
        }
        return value;
    }

    private boolean current(Object key, AggregateCacheEntry<?> entry) {
        Long cached = version(entry);
        OptionalLong last = stored.of(key.toString());
        return cached != null && last.isPresent() && last.getAsLong() == cached;
    }

    static Long version(AggregateCacheEntry<?> entry) {
        try {
            return (Long) VERSION.get(entry);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field versionField() {
        try {
            Field field = AggregateCacheEntry.class.getDeclaredField("version");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Axon's AggregateCacheEntry no longer has a version field", e);
        }
    }
}
