package io.threeds.gateway.web;

import io.threeds.gateway.web.api.AuditResource;
import io.threeds.gateway.web.api.AuditorsResource;
import io.threeds.gateway.web.api.AuthenticationsResource;
import io.threeds.gateway.web.api.MerchantsResource;
import io.threeds.gateway.web.api.PartnerLinksResource;
import io.threeds.gateway.web.api.PartnersResource;
import io.threeds.gateway.web.api.WebhookSecretResource;
import io.threeds.gateway.web.problem.GatewayExceptionMapper;
import io.threeds.gateway.web.problem.UnexpectedExceptionMapper;
import io.threeds.gateway.web.problem.WebApplicationExceptionMapper;
import io.threeds.gateway.web.security.BearerAuthentication;
import io.threeds.gateway.web.security.BodyLimit;
import io.threeds.gateway.web.security.NoStore;
import io.threeds.gateway.web.security.RateLimit;
import io.threeds.gateway.web.security.RoleCheck;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "3-D Secure gateway", version = "1",
        description = "One API for five 3-D Secure providers. Errors are RFC 9457 problem+json; "
                + "money is in minor units; times are RFC 3339 UTC. Each operation names the roles that may call "
                + "it as its security requirements (META-INF/openapi.yaml defines one scheme per role).",
        contact = @Contact(name = "The gateway's operators")))
public class GatewayApi extends Application {
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(AuthenticationsResource.class, MerchantsResource.class, AuditorsResource.class,
                PartnersResource.class, AuditResource.class,
                WebhookSecretResource.class, PartnerLinksResource.class,
                PartnerLinksResource.Requests.class, BodyLimit.class, BearerAuthentication.class,
                RoleCheck.class, RateLimit.class, NoStore.class, GatewayExceptionMapper.class, WebApplicationExceptionMapper.class,
                UnexpectedExceptionMapper.class);
    }
}
