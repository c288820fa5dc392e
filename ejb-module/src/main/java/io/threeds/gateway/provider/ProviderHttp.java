package io.threeds.gateway.provider;

import jakarta.json.bind.JsonbException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * One call to a provider through its REST client, timed and kept as evidence: an answer read into the
 * provider's answer record ({@link ProviderJson}), or a {@link ProviderException} that says what went
 * wrong (timeout, unavailable, unusable) and carries the exchange. Bodies are kept through {@link Evidence}, by the provider's policy, never as they were.
 */
public final class ProviderHttp {
    private ProviderHttp() {
    }

    /** A provider's answer with its status, and the exchange to keep. */
    public record Answer<T>(String provider, int status, T body, ProviderExchange exchange) {
        public ProviderException unusable(String why) {
            return new ProviderException(ProviderException.Kind.BAD_ANSWER, provider + ": " + why, status, null)
                    .recorded(exchange);
        }
    }

    /** Sends a request record, written once ({@link ProviderJson#write}) for the wire and the evidence alike. */
    public static <T> Answer<T> send(String provider, EvidencePolicy evidence, String operation, Object request,
                                     Class<T> answerType, Function<String, ProviderReply> call) {
        String body = ProviderJson.write(request);
        return exchange(provider, evidence, operation, body, answerType, () -> call.apply(body));
    }

    /** Sends a request without a body (a GET) and reads the answer as {@code answerType}. */
    public static <T> Answer<T> get(String provider, EvidencePolicy evidence, String operation, Class<T> answerType,
                                    Supplier<ProviderReply> call) {
        return exchange(provider, evidence, operation, null, answerType, call);
    }

    private static <T> Answer<T> exchange(String provider, EvidencePolicy evidence, String operation,
                                          String requestBody, Class<T> answerType, Supplier<ProviderReply> request) {
        String requestEvidence = Evidence.of(evidence, requestBody);
        long started = System.nanoTime();
        try {
            ProviderReply reply = request.get();
            String text = reply.body();
            ProviderExchange exchange = new ProviderExchange(operation, reply.status(), "ANSWERED",
                    elapsed(started), requestEvidence, Evidence.of(evidence, text));
            try {
                return new Answer<>(provider, reply.status(), ProviderJson.read(text, answerType), exchange);
            } catch (JsonbException e) {
                throw new ProviderException(ProviderException.Kind.BAD_ANSWER,
                        provider + " answered with a body that is not JSON of the documented shape", reply.status(),
                        null)
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
