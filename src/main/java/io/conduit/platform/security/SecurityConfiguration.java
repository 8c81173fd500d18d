package io.conduit.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.nimbusds.jose.jwk.source.ImmutableSecret;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Stateless JWT security through Spring Security's resource-server support. Which endpoints need
 * a token is decided here, in one list that mirrors the RealWorld spec; on endpoints where a token
 * is optional a token that is present but invalid is still a 401.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, CorsProperties cors) throws Exception {
        http
                .csrf(csrf -> csrf.disable())
                .cors(c -> c.configurationSource(corsConfiguration(cors)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/users", "/api/users/login").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/articles/feed").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/articles", "/api/articles/*",
                                "/api/articles/*/comments", "/api/profiles/*", "/api/tags").permitAll()
                        // The load tests' trivial endpoint; it exists only when enabled (StaticBenchmarkEndpoint).
                        .requestMatchers(HttpMethod.GET, "/api/benchmark/static").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(new TokenHeaderResolver())
                        .authenticationEntryPoint(unauthorized())
                        .accessDeniedHandler(forbidden())
                        .jwt(jwt -> { }))
                .addFilterAfter(new AuthenticatedUserMarker(), BearerTokenAuthenticationFilter.class)
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthorized())
                        .accessDeniedHandler(forbidden()));
        return http.build();
    }

    /** 401 in the API's envelope: "is missing" without a token, "is invalid" for a bad or expired one. */
    private static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            boolean tokenSent = request.getHeader("Authorization") != null;
            response.setHeader("WWW-Authenticate", "Token");
            writeError(response, HttpServletResponse.SC_UNAUTHORIZED,
                    "{\"errors\":{\"token\":[\"" + (tokenSent ? "is invalid" : "is missing") + "\"]}}");
        };
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, exception) ->
                writeError(response, HttpServletResponse.SC_FORBIDDEN, "{\"errors\":{\"token\":[\"forbidden\"]}}");
    }

    private static void writeError(HttpServletResponse response, int status, String body) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }

    private static CorsConfigurationSource corsConfiguration(CorsProperties properties) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOriginPatterns(properties.allowedOrigins());
        configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
        configuration.setAllowedHeaders(List.of("*"));
        configuration.setExposedHeaders(List.of("X-Request-Id"));
        configuration.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", configuration);
        return source;
    }

    @Bean
    SecretKey jwtSigningKey(JwtProperties properties) {
        String secret = properties.secret();
        if (secret == null || secret.isBlank()) {
            log.warn("conduit.security.jwt.secret is not set: signing tokens with a random key made at start-up. "
                    + "Tokens will not survive a restart nor be accepted by other instances; set CONDUIT_JWT_SECRET.");
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return new SecretKeySpec(random, "HmacSHA256");
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 32) {
            throw new IllegalStateException("conduit.security.jwt.secret must be at least 32 bytes for HS256");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey jwtSigningKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(jwtSigningKey));
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey jwtSigningKey, JwtProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(jwtSigningKey)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer())));
        return decoder;
    }

    /**
     * Adaptive hashing behind a {@link DelegatingPasswordEncoder}: hashes carry their algorithm id, so
     * the algorithm or its cost can change later without invalidating stored passwords.
     */
    @Bean
    PasswordEncoder passwordEncoder(PasswordProperties properties, ExecutorService passwordHashing) {
        return new OffCarrierPasswordEncoder(new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(properties.bcryptStrength()))), passwordHashing);
    }

    /**
     * Half as many hashing threads as cores, at least one. Each hash keeps a core busy for tens of
     * milliseconds; with a thread per core, two logins at once took both cores of a small machine and
     * every other request waited for them (the p99 of the whole API in the load test). Logins queue
     * here instead: one thread hashed about 15 passwords a second at the default strength in the load
     * test (docs/capacity.md).
     */
    @Bean(destroyMethod = "shutdown")
    ExecutorService passwordHashing() {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("password-hashing-");
        threads.setDaemon(true);
        return Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), threads);
    }

    /**
     * Spring Security would otherwise wrap each filter of its chain in an Observation: a dozen per
     * request, 4% of the CPU of a list request, saying nothing the HTTP server observation does not
     * (docs/benchmarks/instrumentation-overhead.md).
     */
    @Bean
    SecurityObservationSettings noSpringSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ViewerArgumentResolver());
    }
}
