package io.threeds.gateway.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One request to a provider and its answer, bodies with card data already removed. */
@Entity
@Table(name = "provider_call")
public class ProviderCall {
    @Id
    private String id;
    @Column(name = "authentication_id")
    private String authenticationId;
    private String provider;
    private String operation;
    @Column(name = "http_status")
    private Integer httpStatus;
    private String outcome;
    @Column(name = "latency_ms")
    private long latencyMs;
    @Column(name = "request_body")
    private String requestBody;
    @Column(name = "response_body")
    private String responseBody;
    private LocalDateTime at;

    protected ProviderCall() {
    }

    public ProviderCall(String id, String authenticationId, String provider, String operation, Integer httpStatus,
                        String outcome, long latencyMs, String requestBody, String responseBody, LocalDateTime at) {
        this.id = id;
        this.authenticationId = authenticationId;
        this.provider = provider;
        this.operation = operation;
        this.httpStatus = httpStatus;
        this.outcome = outcome;
        this.latencyMs = latencyMs;
        this.requestBody = requestBody;
        this.responseBody = responseBody;
        this.at = at;
    }

    public String getOperation() { return operation; }
    public Integer getHttpStatus() { return httpStatus; }
    public String getOutcome() { return outcome; }
    public long getLatencyMs() { return latencyMs; }
}
