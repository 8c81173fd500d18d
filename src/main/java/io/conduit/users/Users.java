package io.conduit.users;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The users module's published API: look up the public part of accounts, one or many at a time.
 * Bulk first: callers that render lists pass every id of the page at once.
 */
@Service
public class Users {

    private final UserRepository repository;

    Users(UserRepository repository) {
        this.repository = repository;
    }

    /** The summaries of the given users, keyed by id; unknown ids are absent from the map. */
    public Map<Long, UserSummary> summariesOf(Collection<Long> ids) {
        return repository.summariesOf(ids);
    }

    /** The user with this username, compared without regard to case. */
    public Optional<UserSummary> findByUsername(String username) {
        return repository.summaryByUsername(username);
    }
}
