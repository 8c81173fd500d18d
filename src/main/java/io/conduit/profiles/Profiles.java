package io.conduit.profiles;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.conduit.platform.security.Viewer;
import io.conduit.users.UserSummary;
import io.conduit.users.Users;
import org.springframework.stereotype.Service;

/**
 * The profiles module's published API: profiles of many users at once, from one viewer's point of
 * view. Two queries whatever the number of users: their summaries, and which of them the viewer
 * follows (none for an anonymous viewer).
 */
@Service
public class Profiles {

    private final Users users;
    private final FollowRepository follows;

    Profiles(Users users, FollowRepository follows) {
        this.users = users;
        this.follows = follows;
    }

    /** The profiles of the given users, keyed by user id; unknown ids are absent. */
    public Map<Long, Profile> profilesOf(Viewer viewer, Collection<Long> userIds) {
        Map<Long, UserSummary> summaries = users.summariesOf(Set.copyOf(userIds));
        Set<Long> followed = viewer.isAnonymous() || summaries.isEmpty()
                ? Set.of()
                : follows.followedAmong(viewer.id(), summaries.keySet());
        Map<Long, Profile> profiles = new LinkedHashMap<>();
        summaries.forEach((id, user) -> profiles.put(id, profile(user, followed.contains(id))));
        return profiles;
    }

    /** The profile of one user; the single-item case of {@link #profilesOf}. */
    public Profile profileOf(Viewer viewer, long userId) {
        Profile profile = profilesOf(viewer, Set.of(userId)).get(userId);
        if (profile == null) {
            throw new ProfileNotFound();
        }
        return profile;
    }

    /** The profile of a user already looked up: one query, for {@code following}. */
    public Profile profileOf(Viewer viewer, UserSummary user) {
        boolean following = !viewer.isAnonymous()
                && follows.followedAmong(viewer.id(), Set.of(user.id())).contains(user.id());
        return profile(user, following);
    }

    static Profile profile(UserSummary user, boolean following) {
        return new Profile(user.username(), user.bio(), user.image(), following);
    }
}
