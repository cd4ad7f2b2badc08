package fr.ctg.platform.security;

import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** The limits of failed sign-ins ({@code ctg.security.sign-in-throttle.*}; defaults here and in the README). */
@Configuration(proxyBeanMethods = false)
class SignInThrottleConfiguration {

    private static final String PREFIX = "${ctg.security.sign-in-throttle.";

    @Bean
    SignInThrottle signInThrottle(
            @Value(PREFIX + "account.free-failures:5}") int accountFree,
            @Value(PREFIX + "account.base-delay:1s}") Duration accountBase,
            @Value(PREFIX + "account.max-delay:10m}") Duration accountMax,
            @Value(PREFIX + "address.free-failures:20}") int addressFree,
            @Value(PREFIX + "address.base-delay:1s}") Duration addressBase,
            @Value(PREFIX + "address.max-delay:10m}") Duration addressMax,
            @Value(PREFIX + "max-keys:10000}") int maxKeys,
            @Value(PREFIX + "forget-after:1h}") Duration forgetAfter,
            ObjectProvider<MeterRegistry> meters) {
        return new SignInThrottle(new SignInThrottle.Limits(accountFree, accountBase, accountMax),
                new SignInThrottle.Limits(addressFree, addressBase, addressMax), maxKeys, forgetAfter,
                TimeMeter.SYSTEM_NANOTIME, meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
