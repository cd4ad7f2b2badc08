package fr.ctg.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * A request that Spring Security's firewall refuses (a {@code ;} or an encoded {@code ..} in the path, a header it
 * will not read) is malformed: a 400 problem, whatever the credentials. By default the firewall's exception escaped
 * to the container, whose error dispatch then answered 401 "sign in" even to a signed-in caller, or 500.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class FirewallRefusals {

    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
        return (request, response, rejected) -> Problems.write(response, json, Problems.of(HttpStatus.BAD_REQUEST,
                "request-rejected", "The request's path or headers are not acceptable (for example ';' or an "
                        + "encoded '..' in the path)."));
    }
}
