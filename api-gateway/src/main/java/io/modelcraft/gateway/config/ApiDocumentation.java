package io.modelcraft.gateway.config;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/** How the OpenAPI document (and Swagger UI) describes authentication: a tenant's key, or the admin token. */
@OpenAPIDefinition(info = @Info(title = "ModelCraft API", version = "1"), security = @SecurityRequirement(name = "apiKey"))
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
                description = "A tenant's API key (mck_...), as issued by the operator"),
        @SecurityScheme(securitySchemeName = "adminToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
                description = "The operator's admin token (MODELCRAFT_ADMIN_TOKEN), for /admin/v1 only")})
public class ApiDocumentation extends Application {
}
