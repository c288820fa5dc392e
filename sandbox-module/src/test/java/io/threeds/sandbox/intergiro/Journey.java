package io.threeds.sandbox.intergiro;

import static io.threeds.sandbox.intergiro.Fixture.cycleId;
import static io.threeds.sandbox.intergiro.Fixture.data;
import static io.threeds.sandbox.intergiro.Fixture.details;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One authorization played end to end as the gateway and the shopper's browser would (PROVIDERS.md §2.4):
 * each "verification required" step is rendered, its page's form submitted as a plain HTTP client would
 * (the shopper types {@code code} or presses {@code action} where a code is asked), and the value posted
 * to the merchant's callback re-POSTed.
 *
 * @param steps   each step as met: {@code antifraud}, {@code method}, {@code challenge} (decided by the ACS
 *                alone), {@code challenge+code}, {@code pares+code}
 * @param result  the {@code transStatus} of the CRes or the {@code status} of the PaRes, if any
 * @param paRes   the PaRes the ACS posted, decoded, if any
 * @param cycleIds every {@code id} the "verification required" errors carried
 */
record Journey(List<String> steps, String result, PaRes paRes, Set<String> cycleIds, ApiAnswer end) {

    static Journey of(Fixture sandbox, String pan, String code, String action) {
        List<String> steps = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        String result = null;
        PaRes paRes = null;
        String token = null;
        ApiAnswer answer = sandbox.post(pan);
        while (answer.status() == 400 && "verification required".equals(answer.body().getString("error"))) {
            String id = cycleId(answer);
            ids.add(id);
            JsonObject details = details(answer);
            if ("GET".equals(details.getString("method"))) {
                steps.add("antifraud");
                URI url = URI.create(details.getString("url"));
                String page = sandbox.guard.redirect(query(url, "target"), query(url, "origin"),
                        AntifraudGuard.browser("192.0.2.1", "en-GB,en;q=0.8"), Fixture.NOW).html();
                token = submitted(page, Fixture.CALLBACK).field("card");
                answer = sandbox.rePostToken(id, token);
                continue;
            }
            JsonObject data = data(answer);
            if (data.containsKey("PaReq")) {
                steps.add("pares+code");
                SubmittedForm acs = SubmittedForm.of(sandbox.acs.threeDSecure1(data.getString("PaReq"),
                        data.getString("TermUrl"), data.getString("MD"), Fixture.BASE).html());
                assertTrue(acs.asksForCode());
                assertEquals("/sandbox/intergiro/v1/ch3d1sim/acs/answer", acs.action());
                SubmittedForm form = submitted(sandbox.acs.threeDSecure1Answer(acs.field("PaReq"), acs.field("TermUrl"),
                        acs.field("MD"), code, action, Fixture.NOW).html(), data.getString("TermUrl"));
                assertEquals(data.getString("MD"), form.field("MD"));
                paRes = PaRes.decode(form.field("PaRes")).orElseThrow();
                result = paRes.status();
                answer = rePost(sandbox, pan, token, id, Fixture.pares(form.field("PaRes")));
            } else if ("method".equals(data.getString("type"))) {
                steps.add("method");
                String methodData = Base64UrlJson.encode(Json.createObjectBuilder()
                        .add("threeDSServerTransID", data.getString("threeDSServerTransID"))
                        .add("threeDSMethodNotificationURL", Fixture.CALLBACK).build());
                SubmittedForm form = submitted(sandbox.acs.method(methodData).html(), Fixture.CALLBACK);
                String transaction = Base64UrlJson.decode(form.field("threeDSMethodData"))
                        .flatMap(json -> json.text("threeDSServerTransID")).orElseThrow();
                answer = rePost(sandbox, pan, token, id, Json.createObjectBuilder().add("type", "method")
                        .add("data", Json.createObjectBuilder().add("threeDSServerTransID", transaction)
                                .add("messageVersion", data.getString("messageVersion")))
                        .build());
            } else {
                JsonObjectBuilder creq = Json.createObjectBuilder(data).remove("type");
                String page = sandbox.acs.challenge(Base64UrlJson.encode(creq.build()), Fixture.BASE).html();
                SubmittedForm form = SubmittedForm.of(page);
                if (form.asksForCode()) {
                    steps.add("challenge+code");
                    assertEquals("/sandbox/intergiro/browser/challenge/manual/answer", form.action());
                    page = sandbox.acs.challengeAnswer(form.field("creq"), code, action).html();
                } else {
                    steps.add("challenge");
                }
                String cres = submitted(page, Fixture.CALLBACK).field("cres");
                result = CRes.decode(cres).orElseThrow().transStatus();
                answer = rePost(sandbox, pan, token, id, Fixture.challenge(cres));
            }
        }
        return new Journey(steps, result, paRes, ids, answer);
    }

    /** The round's re-POST: the card object, or, once antifraud gave one, the card token (001:317-323). */
    private static ApiAnswer rePost(Fixture sandbox, String pan, String token, String id, JsonObject verification) {
        return token == null ? sandbox.rePost(pan, id, verification) : sandbox.rePostToken(id, token, verification);
    }

    /** An auto-post page: it submits itself, offers a button, and posts to the expected URL. */
    private static SubmittedForm submitted(String html, String expectedAction) {
        SubmittedForm form = SubmittedForm.of(html);
        assertTrue(form.submitsItself(), html);
        assertTrue(form.hasSubmitButton(), html);
        assertEquals(expectedAction, form.action());
        return form;
    }

    private static String query(URI url, String name) {
        for (String pair : url.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name)) {
                return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + url);
    }
}
