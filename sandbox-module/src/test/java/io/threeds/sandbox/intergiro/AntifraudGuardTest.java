package io.threeds.sandbox.intergiro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.sandbox.RequestBody;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class AntifraudGuardTest {
    private final Fixture sandbox = new Fixture();
    private final Cycle cycle = sandbox.cycle(sandbox.post("4000000000010001"));
    private final String target = VerificationRequired.page(Fixture.BASE,
            VerificationRequired.ANTIFRAUD_TARGET + cycle.ids().threeDSServerTransID());

    @Test
    void postsASignedCardTokenForTheCyclesCardToTheOrigin() {
        JsonObject browser = AntifraudGuard.browser("192.0.2.1", "sv-SE,sv;q=0.9,en;q=0.8");
        SubmittedForm form = SubmittedForm.of(sandbox.guard.redirect(target, Fixture.CALLBACK, browser, Fixture.NOW).html());
        assertEquals(Fixture.CALLBACK, form.action());
        assertTrue(form.submitsItself() && form.hasSubmitButton());
        RequestBody payload = sandbox.tokens.verify(form.field("card")).orElseThrow();
        assertEquals(cycle.ids().cardReference(), payload.text("enc").orElseThrow());
        assertEquals(Json.createObjectBuilder().add("ip", "192.0.2.1").add("locale", "sv-SE").build(),
                payload.value("ver.data.browser").orElseThrow());
    }

    @Test
    void refusesAnotherOriginAndAnUnknownTarget() {
        JsonObject browser = AntifraudGuard.browser(null, null);
        assertEquals(400, sandbox.guard.redirect(target, "https://evil.example/", browser, Fixture.NOW).status());
        assertEquals(400, sandbox.guard.redirect(target, null, browser, Fixture.NOW).status());
        assertEquals(400, sandbox.guard.redirect("https://3dsecure.io/", Fixture.CALLBACK, browser, Fixture.NOW).status());
        assertEquals(400, sandbox.guard.redirect(null, Fixture.CALLBACK, browser, Fixture.NOW).status());
    }

    @Test
    void refusesACycleThatWaitsForSomethingElse() {
        Cycle method = sandbox.cycle(sandbox.post("4000000000002701"));
        assertEquals(400, sandbox.guard.redirect(VerificationRequired.page(Fixture.BASE,
                VerificationRequired.ANTIFRAUD_TARGET + method.ids().threeDSServerTransID()), Fixture.CALLBACK,
                JsonObject.EMPTY_JSON_OBJECT, Fixture.NOW).status());
    }

    @Test
    void keepsOnlyWhatItKnowsOfTheBrowser() {
        assertEquals(JsonObject.EMPTY_JSON_OBJECT, AntifraudGuard.browser(" ", ""));
        assertEquals(Json.createObjectBuilder().add("locale", "en-GB").build(), AntifraudGuard.browser(null, "en-GB"));
    }
}
