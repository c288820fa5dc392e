package io.threeds.gateway.web.backoffice;

import io.threeds.gateway.Jsonp;
import io.threeds.gateway.provider.ProviderRegistry;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /backoffice/providers.json}: the ids of the deployed providers, from the {@link ProviderRegistry},
 * which the page suggests in its provider filter. They are no secret (API.md names them), so, like the
 * page's files, they need no key.
 */
@WebServlet("/backoffice/providers.json")
public class ProviderIds extends HttpServlet {
    @Inject
    ProviderRegistry providers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonArrayBuilder ids = Jsonp.createArrayBuilder();
        providers.ids().forEach(ids::add);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(ids.build().toString());
    }
}
