package io.conduit.users;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.conduit.platform.database.SqlArrays;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    static final String USERNAME_TAKEN = "users_username_key";
    static final String EMAIL_TAKEN = "users_email_key";

    private static final String COLUMNS = "id, username, email, password_hash, bio, image";

    /* Columns read by name, written out: the reflective record mapper tries each camel-case name first and
       pays for a driver exception on every miss, a few per cent of the CPU of a list page. */
    private static final RowMapper<StoredUser> STORED_USER = (rs, rowNum) -> new StoredUser(
            rs.getLong("id"), rs.getString("username"), rs.getString("email"), rs.getString("password_hash"),
            rs.getString("bio"), rs.getString("image"));
    private static final RowMapper<UserSummary> USER_SUMMARY = (rs, rowNum) -> new UserSummary(
            rs.getLong("id"), rs.getString("username"), rs.getString("bio"), rs.getString("image"));

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    StoredUser insert(String username, String email, String passwordHash) {
        return jdbc.sql("""
                        INSERT INTO users (username, email, password_hash)
                        VALUES (:username, :email, :passwordHash)
                        RETURNING %s""".formatted(COLUMNS))
                .param("username", username)
                .param("email", email)
                .param("passwordHash", passwordHash)
                .query(STORED_USER)
                .single();
    }

    Optional<StoredUser> findById(long id) {
        return jdbc.sql("SELECT %s FROM users WHERE id = :id".formatted(COLUMNS))
                .param("id", id)
                .query(STORED_USER)
                .optional();
    }

    Optional<StoredUser> findByEmail(String email) {
        return jdbc.sql("SELECT %s FROM users WHERE lower(email) = lower(:email)".formatted(COLUMNS))
                .param("email", email)
                .query(STORED_USER)
                .optional();
    }

    Optional<UserSummary> summaryByUsername(String username) {
        return jdbc.sql("SELECT id, username, bio, image FROM users WHERE lower(username) = lower(:username)")
                .param("username", username)
                .query(USER_SUMMARY)
                .optional();
    }

    /** Reads the rows with list(): an unclosed query stream would keep its connection out of the pool. */
    Map<Long, UserSummary> summariesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT id, username, bio, image FROM users WHERE id = ANY(:ids)")
                .param("ids", SqlArrays.bigints(ids))
                .query(USER_SUMMARY)
                .list()
                .stream()
                .collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }

    /** Applies the changes that are present; {@code null} means "leave as it is". */
    Optional<StoredUser> update(long id, UserChanges changes, String newPasswordHash) {
        return jdbc.sql("""
                        UPDATE users SET
                            username      = coalesce(:username, username),
                            email         = coalesce(:email, email),
                            password_hash = coalesce(:passwordHash, password_hash),
                            bio           = CASE WHEN :setBio THEN CAST(:bio AS text) ELSE bio END,
                            image         = CASE WHEN :setImage THEN CAST(:image AS text) ELSE image END,
                            updated_at    = now()
                        WHERE id = :id
                        RETURNING %s""".formatted(COLUMNS))
                .param("id", id)
                .param("username", changes.username())
                .param("email", changes.email())
                .param("passwordHash", newPasswordHash)
                .param("setBio", changes.bio() != null)
                .param("bio", changes.bio() == null ? null : changes.bio().orElse(null))
                .param("setImage", changes.image() != null)
                .param("image", changes.image() == null ? null : changes.image().orElse(null))
                .query(STORED_USER)
                .optional();
    }
}
