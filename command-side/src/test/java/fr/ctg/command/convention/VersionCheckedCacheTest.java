package fr.ctg.command.convention;

import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class VersionCheckedCacheTest {

    /** The store as another node may have changed it: the last sequence number of each aggregate. */
    private final Map<String, Long> store = new HashMap<>();
    private final VersionCheckedCache cache = new VersionCheckedCache(
            id -> store.containsKey(id) ? OptionalLong.of(store.get(id)) : OptionalLong.empty());

    static class Counted {
        @AggregateIdentifier
        String id = "ctg-a";
    }

    private static AggregateCacheEntry<Counted> cachedAt(long version) {
        return new AggregateCacheEntry<>(EventSourcedAggregate.reconstruct(new Counted(),
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Counted.class), version, false, null,
                NoSnapshotTriggerDefinition.TRIGGER));
    }

    @Test
    void aCachedAggregateStillAtTheStoredVersionIsUsed() {
        AggregateCacheEntry<Counted> entry = cachedAt(41);
        cache.put("ctg-a", entry);
        store.put("ctg-a", 41L);

        assertThat(cache.<String, Object>get("ctg-a")).isSameAs(entry);
    }

    @Test
    void aCachedAggregateBehindTheStoreIsDroppedSoThatTheRepositoryLoadsItAgain() {
        cache.put("ctg-a", cachedAt(41));
        store.put("ctg-a", 42L); // another node appended one event

        assertThat(cache.<String, Object>get("ctg-a")).isNull();
        assertThat(cache.containsKey("ctg-a")).isFalse();
    }

    @Test
    void aCachedAggregateWhoseEventsAreGoneIsDropped() {
        cache.put("ctg-a", cachedAt(3));

        assertThat(cache.<String, Object>get("ctg-a")).isNull();
    }

    @Test
    void theCacheReadsTheVersionAxonKeptInItsEntry() {
        assertThat(VersionCheckedCache.version(cachedAt(7))).isEqualTo(7L);
    }
}
