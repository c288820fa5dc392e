package io.threeds.sandbox.paysafe;

import io.threeds.sandbox.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Paysafe's validation of a PaRes (the seed's one call): what the PaRes says, whether its signature is
 * the ACS's, and the values the Card Payments authorisation needs.
 *
 * @param threeDResult    the PaRes's status, or {@code E} when it cannot be used
 * @param signatureStatus {@code Y} when the PaRes carries the ACS's signature of its content as read, else {@code N}
 * @param cavv            for Y and A only
 * @param eci             for Y and A only, as an integer without the leading zero (G-P5: {@code 5}, not {@code "05"})
 */
public record Authentication(String id, String accountId, String enrollmentId, String merchantRefNum,
                             String threeDResult, String signatureStatus, String cavv, String xid, Integer eci,
                             Instant txnTime) {
    static final String ERROR = "E";

    /**
     * Validates a PaRes for its enrollment check:
     * <ul>
     *   <li>it does not decode: {@code E}, signature {@code N};</li>
     *   <li>its {@code xid} is not the enrollment's (a PaRes of another transaction): {@code E}, the
     *       signature as checked;</li>
     *   <li>otherwise its status as read ({@code E} if it is none of Y, A, N, U) and the signature as checked,
     *       so an altered PaRes keeps what it claims but shows {@code N}.</li>
     * </ul>
     * The {@code xid} answered is always the enrollment's.
     */
    static Authentication validate(Enrollment enrollment, String merchantRefNum, String paRes,
                                   PaResSignature signature, Instant now) {
        Optional<PaRes.Received> received = PaRes.decode(paRes, signature);
        String signatureStatus = received.filter(PaRes.Received::signatureValid).isPresent() ? "Y" : "N";
        Optional<PaResStatus> status = received.map(PaRes.Received::paRes)
                .filter(read -> enrollment.xid().equals(read.xid()))
                .flatMap(read -> Arrays.stream(PaResStatus.values())
                        .filter(value -> value.name().equals(read.status()))
                        .findFirst());
        boolean authenticates = status.filter(PaResStatus::authenticates).isPresent();
        PaRes read = received.map(PaRes.Received::paRes).orElse(null);
        return new Authentication(UUID.randomUUID().toString(), enrollment.accountId(), enrollment.id(),
                merchantRefNum, status.map(PaResStatus::name).orElse(ERROR), signatureStatus,
                authenticates ? read.cavv() : null, enrollment.xid(), authenticates ? eci(read.eci()) : null,
                now.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The PARes's two-digit ECI as Paysafe's integer ({@code 05} → 5), or null when it is not one. */
    static Integer eci(String twoDigits) {
        return twoDigits != null && twoDigits.matches("\\d{1,2}") ? Integer.valueOf(twoDigits) : null;
    }

    /** {@code paysafe/threedsecure/v1/accounts/{account}/authentications/{id}}, below the application's base (G-P4). */
    String selfPath() {
        return "paysafe/threedsecure/v1/accounts/" + URLEncoder.encode(accountId, StandardCharsets.UTF_8)
                .replace("+", "%20") + "/authentications/" + id;
    }

    /** The answer of the validation and of every GET of its self link. */
    JsonObject toJson(URI applicationBase) {
        URI base = applicationBase.getRawPath().endsWith("/") ? applicationBase : URI.create(applicationBase + "/");
        JsonObjectBuilder json = Jsonp.createObjectBuilder()
                .add("id", id)
                .add("merchantRefNum", merchantRefNum)
                .add("threeDResult", threeDResult)
                .add("signatureStatus", signatureStatus)
                .add("status", Enrollment.COMPLETED);
        if (cavv != null) {
            json.add("cavv", cavv);
        }
        if (xid != null) {
            json.add("xid", xid);
        }
        if (eci != null) {
            json.add("eci", eci);
        }
        return json.add("txnTime", DateTimeFormatter.ISO_INSTANT.format(txnTime))
                .add("links", Jsonp.createArrayBuilder().add(Jsonp.createObjectBuilder()
                        .add("rel", "self")
                        .add("href", base.resolve(selfPath()).toString())))
                .build();
    }
}
