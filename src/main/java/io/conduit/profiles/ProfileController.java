package io.conduit.profiles;

import io.conduit.platform.security.Viewer;
import io.conduit.platform.web.InvalidRequestException;
import io.conduit.users.UserSummary;
import io.conduit.users.Users;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/profiles/{username}")
class ProfileController {

    private final Users users;
    private final Profiles profiles;
    private final FollowRepository follows;
    private final Counter followed;

    ProfileController(Users users, Profiles profiles, FollowRepository follows, MeterRegistry meters) {
        this.users = users;
        this.profiles = profiles;
        this.follows = follows;
        this.followed = Counter.builder("conduit.follows").description("Follows started").register(meters);
    }

    @GetMapping
    ProfileResponse profile(Viewer viewer, @PathVariable String username) {
        return new ProfileResponse(profiles.profileOf(viewer, userNamed(username)));
    }

    @PostMapping("/follow")
    ProfileResponse follow(Viewer viewer, @PathVariable String username) {
        UserSummary followee = userNamed(username);
        if (followee.id() == viewer.requireId()) {
            throw new InvalidRequestException("profile", "cannot follow yourself");
        }
        if (follows.follow(viewer.id(), followee.id())) {
            followed.increment();
        }
        return new ProfileResponse(Profiles.profile(followee, true));
    }

    @DeleteMapping("/follow")
    ProfileResponse unfollow(Viewer viewer, @PathVariable String username) {
        UserSummary followee = userNamed(username);
        follows.unfollow(viewer.requireId(), followee.id());
        return new ProfileResponse(Profiles.profile(followee, false));
    }

    private UserSummary userNamed(String username) {
        return users.findByUsername(username).orElseThrow(ProfileNotFound::new);
    }

    record ProfileResponse(Profile profile) {
    }
}
