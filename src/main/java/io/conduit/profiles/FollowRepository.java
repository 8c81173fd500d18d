package io.conduit.profiles;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import io.conduit.platform.database.SqlArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FollowRepository {

    private final JdbcClient jdbc;

    FollowRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Idempotent: following twice is following once. True when the follow is new. */
    boolean follow(long followerId, long followeeId) {
        return 1 == jdbc.sql("""
                        INSERT INTO follows (follower_id, followee_id) VALUES (:follower, :followee)
                        ON CONFLICT DO NOTHING""")
                .param("follower", followerId)
                .param("followee", followeeId)
                .update();
    }

    void unfollow(long followerId, long followeeId) {
        jdbc.sql("DELETE FROM follows WHERE follower_id = :follower AND followee_id = :followee")
                .param("follower", followerId)
                .param("followee", followeeId)
                .update();
    }

    Set<Long> followedAmong(long followerId, Collection<Long> candidates) {
        return new HashSet<>(jdbc.sql("""
                        SELECT followee_id FROM follows
                        WHERE follower_id = :follower AND followee_id = ANY(:candidates)""")
                .param("follower", followerId)
                .param("candidates", SqlArrays.bigints(candidates))
                .query(Long.class)
                .list());
    }
}
