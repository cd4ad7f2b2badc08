package fr.ctg.platform.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** A disabled account fails before its password is even checked, so no BCrypt runs and nothing is remembered. */
class LocalAccountDetails implements UserDetailsService {

    private final Accounts accounts;

    LocalAccountDetails(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username)
                .map(account -> User.withUsername(account.username())
                        .password(account.passwordHash())
                        .disabled(!account.enabled())
                        .authorities(account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }
}
