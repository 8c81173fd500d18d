package io.conduit.users;

import java.util.Optional;

import io.conduit.platform.security.Viewer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class UserController {

    /** No control characters and no slash: a username is a path segment of the profile URLs. */
    static final String USERNAME_PATTERN = "[^\\p{Cntrl}/]*";

    private final UserAccounts accounts;

    UserController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserResponse register(@Valid @RequestBody Envelope<Registration> request) {
        Registration user = request.user();
        return UserResponse.of(accounts.register(user.username().strip(), user.email().strip(), user.password()));
    }

    @PostMapping("/users/login")
    UserResponse login(@Valid @RequestBody Envelope<Login> request) {
        return UserResponse.of(accounts.login(request.user().email().strip(), request.user().password()));
    }

    @GetMapping("/user")
    UserResponse current(Viewer viewer) {
        return UserResponse.of(accounts.current(viewer.requireId()));
    }

    @PutMapping("/user")
    UserResponse update(Viewer viewer, @Valid @RequestBody Envelope<Update> request) {
        Update user = request.user();
        UserChanges changes = new UserChanges(strip(user.username()), strip(user.email()), user.password(),
                blankAsNull(user.bio()), blankAsNull(user.image()));
        return UserResponse.of(accounts.update(viewer.requireId(), changes));
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /** An empty bio or image is no bio or image: clients send "" to clear the field. */
    @SuppressWarnings("OptionalAssignedToNull")
    private static Optional<String> blankAsNull(Optional<String> value) {
        return value == null ? null : value.map(String::strip).filter(s -> !s.isEmpty());
    }

    record Envelope<T>(@NotNull(message = "can't be blank") @Valid T user) {
    }

    record Registration(
            @NotBlank(message = "can't be blank")
            @Size(max = 64, message = "is too long (maximum is 64 characters)")
            @Pattern(regexp = USERNAME_PATTERN, message = "is invalid") String username,
            @NotBlank(message = "can't be blank")
            @Email(message = "is invalid")
            @Size(max = 254, message = "is too long (maximum is 254 characters)") String email,
            @NotBlank(message = "can't be blank") String password) {
    }

    record Login(@NotBlank(message = "can't be blank") String email,
                 @NotBlank(message = "can't be blank") String password) {
    }

    record Update(
            @Pattern(regexp = ".*\\S.*", message = "can't be blank")
            @Size(max = 64, message = "is too long (maximum is 64 characters)")
            @Pattern(regexp = USERNAME_PATTERN, message = "is invalid") String username,
            @Pattern(regexp = ".*\\S.*", message = "can't be blank")
            @Email(message = "is invalid")
            @Size(max = 254, message = "is too long (maximum is 254 characters)") String email,
            @Pattern(regexp = ".*\\S.*", message = "can't be blank") String password,
            Optional<String> bio,
            Optional<String> image) {
    }

    record UserResponse(User user) {

        static UserResponse of(UserAccounts.AuthenticatedUser authenticated) {
            StoredUser user = authenticated.user();
            return new UserResponse(new User(user.email(), authenticated.token(), user.username(), user.bio(),
                    user.image()));
        }
    }

    record User(String email, String token, String username, String bio, String image) {
    }
}
