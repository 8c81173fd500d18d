package io.conduit.platform.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ceiling of the stack for capacity measurements: a small JSON document from memory through
 * everything a real request passes (Tomcat, the security filters, the observability filters,
 * Spring MVC, Jackson) but no database and no business logic. Load tests compare each API endpoint
 * with it. Off unless {@code conduit.benchmark.static-endpoint.enabled=true}.
 */
@RestController
@ConditionalOnBooleanProperty("conduit.benchmark.static-endpoint.enabled")
class StaticBenchmarkEndpoint {

    static final String PATH = "/api/benchmark/static";

    private static final Map<String, Object> PROFILE = staticProfile();

    @GetMapping(PATH)
    Map<String, Object> profile() {
        return PROFILE;
    }

    private static Map<String, Object> staticProfile() {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("username", "conduit");
        profile.put("bio", "A profile served from memory.");
        profile.put("image", null);
        profile.put("following", false);
        return Map.of("profile", Collections.unmodifiableMap(profile));
    }
}
