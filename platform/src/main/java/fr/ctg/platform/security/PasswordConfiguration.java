package fr.ctg.platform.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.Map;

/** Kept apart from the web security so that command-line modes (no web server) still read the accounts. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    /**
     * BCrypt at the configured cost; hashes of other schemes (e.g. older costs) still verify. A successful match is
     * remembered for {@code ctg.security.remember-verified-password} (0 to verify every request).
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${ctg.security.bcrypt-strength:12}") int strength,
                                    @Value("${ctg.security.remember-verified-password:5m}") Duration remember) {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return new RememberedPasswordMatches(encoder, remember, System::nanoTime);
    }

}
