package io.threeds.gateway.provider;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * One call to a provider through its REST client, timed and kept as evidence: an answer with a JSON
 * body, or a {@link ProviderException} that says what went wrong (timeout, unavailable, unusable) and
 * carries the exchange. Bodies are kept through {@link Evidence}, by the provider's policy, never as they were.
 */
public final class ProviderHttp {
    private ProviderHttp() {
    }

    /** A provider's JSON answer with its status, and the exchange to keep. */
    public record Answer(String provider, int status, JsonObject json, ProviderExchange exchange) {
        public ProviderException unusable(String why) {
            return new ProviderException(ProviderException.Kind.BAD_ANSWER, provider + ": " + why, status, null)
                    .recorded(exchange);
        }
    }

    public static Answer send(String provider, EvidencePolicy evidence, String operation, String requestBody,
                              Supplier<ProviderReply> request) {
        String requestEvidence = Evidence.of(evidence, requestBody);
        long started = System.nanoTime();
        try {
            ProviderReply reply = request.get();
            String text = reply.body();
            ProviderExchange exchange = new ProviderExchange(operation, reply.status(), "ANSWERED",
                    elapsed(started), requestEvidence, Evidence.of(evidence, text));
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                return new Answer(provider, reply.status(), reader.readObject(), exchange);
            } catch (JsonException | IllegalStateException e) {
                throw new ProviderException(ProviderException.Kind.BAD_ANSWER,
                        provider + " answered with a body that is not JSON", reply.status(), null)
                        .recorded(new ProviderExchange(operation, reply.status(), "MALFORMED", elapsed(started),
                                requestEvidence, Evidence.of(evidence, text)));
            }
        } catch (ProviderException e) {
            if (e.exchanges().isEmpty()) {
                e.recorded(new ProviderExchange(operation, e.httpStatus(), "FAILED", elapsed(started),
                        requestEvidence, Evidence.of(evidence, e.responseBody())));
            }
            throw e;
        } catch (TimeoutException e) {
            throw failure(ProviderException.Kind.TIMEOUT, provider + " did not answer in time", operation, started,
                    requestEvidence, "TIMEOUT");
        } catch (CircuitBreakerOpenException | BulkheadException e) {
            throw failure(ProviderException.Kind.UNAVAILABLE, provider + " is unavailable ("
                    + e.getClass().getSimpleName() + ")", operation, started, requestEvidence, "NOT_SENT");
        } catch (RuntimeException e) {
            boolean timedOut = causedBy(e, SocketTimeoutException.class) || causedBy(e, HttpTimeoutException.class);
            throw timedOut
                    ? failure(ProviderException.Kind.TIMEOUT, provider + " did not answer in time", operation,
                            started, requestEvidence, "TIMEOUT")
                    : failure(ProviderException.Kind.UNAVAILABLE, provider + " could not be reached", operation,
                            started, requestEvidence, "UNREACHABLE");
        }
    }

    private static ProviderException failure(ProviderException.Kind kind, String detail, String operation,
                                             long started, String requestEvidence, String outcome) {
        return new ProviderException(kind, detail, null, null)
                .recorded(new ProviderExchange(operation, null, outcome, elapsed(started), requestEvidence, null));
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
