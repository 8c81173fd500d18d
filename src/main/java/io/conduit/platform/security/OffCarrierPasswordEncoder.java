package io.conduit.platform.security;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Runs bcrypt on platform threads of its own instead of the request's virtual thread. A virtual
 * thread that computes for 80 ms holds its carrier all that time, and there is one carrier per core:
 * two logins at once on a 2-core machine stopped every other request for their duration (p99 of the
 * whole API jumped by about that much in the load test). On platform threads the operating system
 * shares the cores, and the waiting request parks without holding a carrier.
 */
final class OffCarrierPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final ExecutorService hashing;

    OffCarrierPasswordEncoder(PasswordEncoder delegate, ExecutorService hashing) {
        this.delegate = delegate;
        this.hashing = hashing;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return await(hashing.submit(() -> delegate.encode(rawPassword)));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return await(hashing.submit(() -> delegate.matches(rawPassword, encodedPassword)));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private static <T> T await(Future<T> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while hashing a password", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
