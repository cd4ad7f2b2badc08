package fr.ctg.platform.security;

import fr.ctg.platform.files.OwnerOnlyFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;

/**
 * On a first start with no account at all, creates the administrator {@code admin} with a random password that is
 * written to a file only its owner can read, and never to the log: the log says where the file is.
 */
class InitialAdministrator implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);
    static final String USERNAME = "admin";

    private final Accounts accounts;
    private final AccountOperations operations;
    private final Path passwordFile;

    InitialAdministrator(Accounts accounts, AccountOperations operations, Path passwordFile) {
        this.accounts = accounts;
        this.operations = operations;
        this.passwordFile = passwordFile;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (accounts.count() > 0) {
            return;
        }
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        writeOwnerOnly(password);
        try {
            operations.create(AccountLog.SERVICE, USERNAME, password, EnumSet.of(Role.ADMINISTRATOR));
        } catch (AccountRefusal refusal) {
            if ("account-already-exists".equals(refusal.rule())) {
                return; // another node created it at the same moment
            }
            throw refusal;
        }
        log.warn("First start: created the administrator account '{}'; its password is in {} (readable by its "
                + "owner only). Sign in, create a named administrator, disable 'admin', then delete that file.",
                USERNAME, passwordFile.toAbsolutePath().normalize());
    }

    private void writeOwnerOnly(String password) {
        OwnerOnlyFile.write(passwordFile, password + System.lineSeparator(), "the initial administrator's password file");
    }
}
