package fr.ctg.query.processing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Tuning of the query side ({@code ctg.query.*}).
 *
 * @param batchSize         events per transaction of a processor segment
 * @param segments          segments each processor's token is split into when first created
 * @param maxWait           longest a reader waits for {@code minPosition}; capped at 5 s so that no request hangs
 * @param pollInterval      how often a waiting reader looks at the processors' positions
 * @param heartbeatInterval how often this node records in {@code query_node} that it is alive and recomputes its
 *                          share of the segments
 * @param nodeTimeout       a query node not seen for this long no longer counts when the segments are shared out
 */
@ConfigurationProperties("ctg.query")
public record QueryProperties(@DefaultValue("200") int batchSize,
                              @DefaultValue("2") int segments,
                              @DefaultValue("5s") Duration maxWait,
                              @DefaultValue("20ms") Duration pollInterval,
                              @DefaultValue("2s") Duration heartbeatInterval,
                              @DefaultValue("6s") Duration nodeTimeout) {

    static final Duration WAIT_CAP = Duration.ofSeconds(5);

    public Duration boundedWait() {
        return maxWait.compareTo(WAIT_CAP) > 0 ? WAIT_CAP : maxWait;
    }
}
