package io.conduit.platform.web;

import io.conduit.platform.security.Viewer;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The interactive API documentation (/v3/api-docs, /swagger-ui.html), described like the RealWorld
 * spec: the {@code Token} header scheme, and the viewer that controllers receive hidden from the
 * parameters since it comes from that header.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Viewer.class);
    }

    @Bean
    OpenAPI conduitOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Conduit API").version("2.0.0")
                        .description("The RealWorld Conduit API. Send the token as 'Authorization: Token <jwt>'.")
                        .license(new License().name("MIT License").url("https://opensource.org/licenses/MIT")))
                .components(new Components().addSecuritySchemes("Token", new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name("Authorization")
                        .description("Token <jwt>, as returned by /api/users and /api/users/login")))
                .addSecurityItem(new SecurityRequirement().addList("Token"));
    }
}
