package fr.ctg.platform.documents;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An upload refused past the size limit is answered 413 to a client still sending: Tomcat reads (and drops) the rest
 * of it, up to its swallow limit, instead of closing the connection under the client's feet.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> swallowAbortedUploads() {
        return factory -> factory.addContextCustomizers(context -> context.setSwallowAbortedUploads(true));
    }
}
