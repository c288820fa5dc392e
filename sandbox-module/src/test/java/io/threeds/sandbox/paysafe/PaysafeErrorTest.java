package io.threeds.sandbox.paysafe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.threeds.sandbox.paysafe.PaysafeError.FieldError;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaysafeErrorTest {

    @Test
    void theEnvelopeAlwaysHasDetailsAndFieldErrors() {
        JsonObject json = PaysafeError.invalidCredentials().toJson();
        assertEquals(Set.of("error"), json.keySet());
        JsonObject error = json.getJsonObject("error");
        assertEquals(Set.of("code", "message", "details", "fieldErrors"), error.keySet());
        assertEquals("5279", error.getString("code"));
        assertEquals("The authentication credentials are invalid.", error.getString("message"));
        assertEquals(1, error.getJsonArray("details").size());
        assertEquals(0, error.getJsonArray("fieldErrors").size());
    }

    @Test
    void fieldErrorsNameTheirField() {
        JsonObject error = PaysafeError.invalidFields(List.of(new FieldError("card.cardNum", "may not be null")))
                .toJson().getJsonObject("error");
        assertEquals("5068", error.getString("code"));
        assertEquals("card.cardNum", error.getJsonArray("fieldErrors").getJsonObject(0).getString("field"));
        assertEquals("may not be null", error.getJsonArray("fieldErrors").getJsonObject(0).getString("error"));
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({"400, 5068", "401, 5279", "402, 3022", "404, 5269", "409, 5031", "500, 1000", "503, 1000", "429, 1000"})
    void injectedFaultsCarryAPaysafeBody(int status, String code) {
        PaysafeError error = PaysafeError.forStatus(status);
        assertEquals(code, error.code());
        assertEquals(code, new PaysafeErrors().errorBody(status).getJsonObject("error").getString("code"));
    }

    @Test
    void eachSituationHasItsStatusAndCode() {
        assertEquals(401, PaysafeError.invalidCredentials().httpStatus());
        assertEquals(400, PaysafeError.bodyNotAnObject().httpStatus());
        assertEquals(404, PaysafeError.notFound("x").httpStatus());
        assertEquals("3022", PaysafeError.insufficientAuthentication().code());
        assertEquals("The card has been declined due to insufficient 3D Secure authentication.",
                PaysafeError.insufficientAuthentication().message());
        assertEquals(409, PaysafeError.alreadyProcessed("x").httpStatus());
    }
}
