package fr.ctg.platform.eventstore;

import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Every message, event, token and snapshot is written as JSON by Jackson (see {@link EventJson}), never as XML. */
@Configuration(proxyBeanMethods = false)
class SerializerConfiguration {

    @Bean
    @Primary
    Serializer serializer() {
        return jackson();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return jackson();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return jackson();
    }

    /** See {@link EventJson#snapshotMapper()}. */
    @Bean
    @Qualifier("snapshotSerializer")
    Serializer snapshotSerializer() {
        return JacksonSerializer.builder()
                .objectMapper(EventJson.snapshotMapper())
                .revisionResolver(new AnnotationRevisionResolver())
                .build();
    }

    private static Serializer jackson() {
        return JacksonSerializer.builder()
                .objectMapper(EventJson.mapper())
                .revisionResolver(new AnnotationRevisionResolver())
                .build();
    }
}
