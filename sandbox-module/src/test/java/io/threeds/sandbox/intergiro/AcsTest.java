package io.threeds.sandbox.intergiro;

import static io.threeds.sandbox.intergiro.Fixture.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class AcsTest {
    /** The seed's method form value: the id under the key {@code threeDSMethodData} (G-I2). */
    private static final String SEED_METHOD_DATA = "eyJ0aHJlZURTTWV0aG9kRGF0YSI6ImQ0NjFmMTA1LTE3OTItNDA3Zi05NWZmLTlhNDk2"
            + "ZmQ5MThhOSIsInRocmVlRFNNZXRob2ROb3RpZmljYXRpb25VUkwiOiJodHRwczovL3lvdXIuY2FsbGJhY2sudXJsLyJ9";

    private final Fixture sandbox = new Fixture();
    private final Acs acs = sandbox.acs;

    @Test
    void methodPostsTheTransactionIdToTheNotificationUrl() {
        Page page = acs.method(Base64UrlJson.encode(Json.createObjectBuilder()
                .add("threeDSServerTransID", "29673dd1-d33e-40fe-be64-5c68b490904c")
                .add("threeDSMethodNotificationURL", Fixture.CALLBACK).build()));
        assertEquals(200, page.status());
        SubmittedForm form = SubmittedForm.of(page.html());
        assertEquals(Fixture.CALLBACK, form.action());
        assertEquals(List.of("threeDSMethodData"), List.copyOf(form.fields().keySet()));
        assertEquals("{\"threeDSServerTransID\":\"29673dd1-d33e-40fe-be64-5c68b490904c\"}",
                Base64UrlJson.decode(form.field("threeDSMethodData")).orElseThrow().root().toString());
        assertFalse(form.field("threeDSMethodData").contains("="));
    }

    @Test
    void methodAcceptsTheSeedsFormValue() {
        SubmittedForm form = SubmittedForm.of(acs.method(SEED_METHOD_DATA).html());
        assertEquals("https://your.callback.url/", form.action());
        assertEquals("d461f105-1792-407f-95ff-9a496fd918a9", Base64UrlJson.decode(form.field("threeDSMethodData"))
                .flatMap(json -> json.text("threeDSServerTransID")).orElseThrow());
    }

    @Test
    void methodRefusesDataWithoutIdOrNotificationUrl() {
        assertEquals(400, acs.method(null).status());
        assertEquals(400, acs.method("garbage").status());
        assertEquals(400, acs.method(Base64UrlJson.encode(Json.createObjectBuilder()
                .add("threeDSMethodNotificationURL", Fixture.CALLBACK).build())).status());
        assertEquals(400, acs.method(Base64UrlJson.encode(Json.createObjectBuilder()
                .add("threeDSServerTransID", "t").add("threeDSMethodNotificationURL", "/relative").build())).status());
    }

    @Test
    void challengeRefusesACResShapedCreqAndUnknownIds() {
        sandbox.afterMethod("4000000000002503");
        assertEquals(400, acs.challenge(Base64UrlJsonTest.SEED_CRES, Fixture.BASE).status(), "G-I3");
        assertEquals(400, acs.challenge(creq(TransactionIds.random()), Fixture.BASE).status());
        assertEquals(400, acs.challenge("garbage", Fixture.BASE).status());
        assertEquals(400, acs.challengeAnswer(creq(TransactionIds.random()), "1234", "submit").status());
    }

    @Test
    void challengeRefusesATransactionWhoseChallengeIsNotPending() {
        Cycle cycle = sandbox.cycle(sandbox.post("4000000000002503"));
        assertEquals(400, acs.challenge(creq(cycle.ids()), Fixture.BASE).status(), "the method is pending");
    }

    @Test
    void challengeIsAnsweredOnceOnly() {
        Cycle cycle = sandbox.cycle(sandbox.afterMethod("4000000000002503"));
        String creq = creq(cycle.ids());
        Page page = acs.challenge(creq, Fixture.BASE);
        assertEquals(200, page.status());
        assertEquals(creq, SubmittedForm.of(page.html()).field("creq"));
        assertEquals(200, acs.challenge(creq, Fixture.BASE).status(), "showing the page decides nothing");
        assertEquals(200, acs.challengeAnswer(creq, "1234", "submit").status());
        assertEquals(400, acs.challengeAnswer(creq, "1234", "submit").status());
        assertEquals(400, acs.challengeAnswer(creq, "0000", "submit").status());
        assertEquals(400, acs.challenge(creq, Fixture.BASE).status());
        assertEquals(TransStatus.Y, sandbox.now(cycle).acsResult());
    }

    @Test
    void challengeTheAcsDecidesIsPostedAtOnceAndOnceOnly() {
        Cycle cycle = sandbox.cycle(sandbox.afterMethod("4000000000002537"));
        Page page = acs.challenge(creq(cycle.ids()), Fixture.BASE);
        SubmittedForm form = SubmittedForm.of(page.html());
        assertFalse(form.asksForCode());
        CRes cres = CRes.decode(form.field("cres")).orElseThrow();
        assertEquals(CRes.of(cycle.ids(), TransStatus.R), cres);
        assertEquals(400, acs.challenge(creq(cycle.ids()), Fixture.BASE).status());
    }

    @Test
    void challengeAcceptsACreqOfVersion210() {
        Cycle cycle = sandbox.cycle(sandbox.afterMethod("4000000000002503"));
        String creq = Base64UrlJson.encode(Json.createObjectBuilder()
                .add("threeDSServerTransID", cycle.ids().threeDSServerTransID()).add("acsTransID", cycle.ids().acsTransID())
                .add("messageVersion", "2.1.0").add("messageType", "CReq").add("challengeWindowSize", "01").build());
        assertEquals(200, acs.challenge(creq, Fixture.BASE).status(), "G-I4");
    }

    @Test
    void threeDSecure1PostsARealAcsPaResAndTheMdToTermUrl() {
        ApiAnswer answer = sandbox.post("4000000000000002");
        JsonObject data = data(answer);
        Cycle cycle = sandbox.cycle(answer);
        SubmittedForm page = SubmittedForm.of(acs.threeDSecure1(data.getString("PaReq"), data.getString("TermUrl"),
                data.getString("MD"), Fixture.BASE).html());
        assertEquals(List.of("PaReq", "TermUrl", "MD"), List.copyOf(page.fields().keySet()));
        SubmittedForm form = SubmittedForm.of(acs.threeDSecure1Answer(page.field("PaReq"), page.field("TermUrl"),
                page.field("MD"), "1234", "submit", Fixture.NOW).html());
        assertEquals(Fixture.CALLBACK, form.action());
        assertEquals(List.of("PaRes", "MD"), List.copyOf(form.fields().keySet()));
        assertEquals(cycle.ids().md(), form.field("MD"));
        assertTrue(Base64UrlJson.decode(form.field("PaRes")).isEmpty(), "not the seed's base64url JSON");
        String xml = inflated(form.field("PaRes"));
        assertTrue(xml.contains("<ThreeDSecure><Message id="), xml);
        assertTrue(xml.contains("<version>1.0.2</version>"), xml);
        PaRes paRes = PaRes.decode(form.field("PaRes")).orElseThrow();
        assertEquals("1000", paRes.purchAmount());
        assertEquals("978", paRes.currency());
        assertEquals("2", paRes.exponent());
        assertEquals("000008103000111", paRes.merchantId());
        assertEquals("0000000000000002", paRes.pan());
        assertEquals("20260301 10:15:30", paRes.date());
        assertEquals("05", paRes.eci());
        assertEquals(20, Base64.getDecoder().decode(paRes.cavv()).length);
        assertEquals("2", paRes.cavvAlgorithm());
        assertEquals(cycle.ids().xid(), paRes.xid());
        assertEquals("Y", paRes.status());
    }

    @Test
    void threeDSecure1FailureHasNoCavvNorEci() {
        JsonObject data = data(sandbox.post("4000000000000002"));
        SubmittedForm form = SubmittedForm.of(acs.threeDSecure1Answer(data.getString("PaReq"), data.getString("TermUrl"),
                data.getString("MD"), "0000", "submit", Fixture.NOW).html());
        PaRes paRes = PaRes.decode(form.field("PaRes")).orElseThrow();
        assertEquals("N", paRes.status());
        assertNull(paRes.eci());
        assertNull(paRes.cavv());
        assertNull(paRes.cavvAlgorithm());
        assertFalse(inflated(form.field("PaRes")).contains("<cavv>"));
    }

    @Test
    void threeDSecure1RefusesAnotherMdATermUrlThatIsNoUrlAndASecondAnswer() {
        JsonObject data = data(sandbox.post("4000000000000002"));
        String paReq = data.getString("PaReq");
        String termUrl = data.getString("TermUrl");
        assertEquals(400, acs.threeDSecure1(paReq, termUrl, "MD", Fixture.BASE).status());
        assertEquals(400, acs.threeDSecure1(paReq, null, data.getString("MD"), Fixture.BASE).status());
        assertEquals(400, acs.threeDSecure1("garbage", termUrl, data.getString("MD"), Fixture.BASE).status());
        assertEquals(400, acs.threeDSecure1Answer(paReq, termUrl, "MD", "1234", "submit", Fixture.NOW).status());
        assertEquals(200, acs.threeDSecure1Answer(paReq, termUrl, data.getString("MD"), "1234", "submit", Fixture.NOW).status());
        assertEquals(400, acs.threeDSecure1Answer(paReq, termUrl, data.getString("MD"), "1234", "submit", Fixture.NOW).status());
        assertEquals(400, acs.threeDSecure1(paReq, termUrl, data.getString("MD"), Fixture.BASE).status());
    }

    private static String inflated(String paRes) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(Base64.getDecoder().decode(paRes));
            byte[] xml = new byte[64 * 1024];
            return new String(xml, 0, inflater.inflate(xml), StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new AssertionError("not a zlib stream", e);
        } finally {
            inflater.end();
        }
    }

    private static String creq(TransactionIds ids) {
        return Base64UrlJson.encode(Json.createObjectBuilder()
                .add("threeDSServerTransID", ids.threeDSServerTransID()).add("acsTransID", ids.acsTransID())
                .add("messageVersion", "2.2.0").add("messageType", "CReq").add("challengeWindowSize", "01").build());
    }
}
