package fr.ctg.platform.web;

import com.fasterxml.jackson.databind.Module;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** Registered with the HTTP layer's ObjectMapper (not the event store's). */
    @Bean
    Module safeStrings() {
        return new SafeStrings();
    }

    /** Every field that does not parse is named in the 400, not only the first (see {@link BodyFieldErrors}). */
    @Bean
    Module bodyFieldErrorsModule() {
        return BodyFieldErrors.module();
    }
}
