package io.conduit.users;

import java.nio.charset.StandardCharsets;

import io.conduit.platform.database.Constraints;
import io.conduit.platform.security.AccessTokens;
import io.conduit.platform.web.ConflictException;
import io.conduit.platform.web.InvalidRequestException;
import io.conduit.platform.web.UnauthorizedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases of the users endpoints: register, log in, read and change the current account. */
@Service
class UserAccounts {

    /** bcrypt reads only the first 72 bytes of a password; longer ones are refused, not truncated. */
    private static final int MAX_PASSWORD_BYTES = 72;

    private final UserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final AccessTokens tokens;
    private final Counter registrations;
    private final Counter logins;
    private final Counter failedLogins;

    UserAccounts(UserRepository repository, PasswordEncoder passwordEncoder, AccessTokens tokens, MeterRegistry meters) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.tokens = tokens;
        this.registrations = Counter.builder("conduit.users.registered").description("Accounts created")
                .register(meters);
        this.logins = Counter.builder("conduit.logins").tag("outcome", "success").description("Logins")
                .register(meters);
        this.failedLogins = Counter.builder("conduit.logins").tag("outcome", "failure").description("Logins")
                .register(meters);
    }

    AuthenticatedUser register(String username, String email, String password) {
        String hash = hash(password);
        try {
            AuthenticatedUser user = authenticated(repository.insert(username, email, hash));
            registrations.increment();
            return user;
        } catch (DuplicateKeyException e) {
            throw conflict(e);
        }
    }

    AuthenticatedUser login(String email, String password) {
        // bcrypt would compare only the first 72 bytes: a longer password can never be the real one.
        AuthenticatedUser user = tooLong(password) ? null : repository.findByEmail(email)
                .filter(candidate -> passwordEncoder.matches(password, candidate.passwordHash()))
                .map(this::authenticated)
                .orElse(null);
        (user == null ? failedLogins : logins).increment();
        if (user == null) {
            throw invalidCredentials();
        }
        return user;
    }

    AuthenticatedUser current(long userId) {
        return repository.findById(userId)
                .map(this::authenticated)
                .orElseThrow(UserAccounts::unknownTokenUser);
    }

    @Transactional
    AuthenticatedUser update(long userId, UserChanges changes) {
        String newHash = changes.password() == null ? null : hash(changes.password());
        try {
            return repository.update(userId, changes, newHash)
                    .map(this::authenticated)
                    .orElseThrow(UserAccounts::unknownTokenUser);
        } catch (DuplicateKeyException e) {
            throw conflict(e);
        }
    }

    private String hash(String password) {
        if (tooLong(password)) {
            throw new InvalidRequestException("password", "is too long (maximum is 72 bytes)");
        }
        return passwordEncoder.encode(password);
    }

    private static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES;
    }

    private static UnauthorizedException invalidCredentials() {
        return new UnauthorizedException("credentials", "email or password is invalid");
    }

    private AuthenticatedUser authenticated(StoredUser user) {
        return new AuthenticatedUser(user, tokens.issueFor(user.id()));
    }

    private static RuntimeException conflict(DataIntegrityViolationException e) {
        if (Constraints.violated(e, UserRepository.USERNAME_TAKEN)) {
            return new ConflictException("username");
        }
        if (Constraints.violated(e, UserRepository.EMAIL_TAKEN)) {
            return new ConflictException("email");
        }
        return e;
    }

    /** A valid signature for an account that no longer exists: the token is no good. */
    private static UnauthorizedException unknownTokenUser() {
        return new UnauthorizedException("token", "is invalid");
    }

    record AuthenticatedUser(StoredUser user, String token) {
    }
}
