package io.threeds.client;

import java.util.Map;

/**
 * Outcomes of one group (a provider, a merchant or a UTC day): counts per transStatus, rates from 0 to 1,
 * and the provider calls' p50 and p95 latency in milliseconds (null without calls).
 */
public record StatsGroup(String key, long authentications, Map<String, Long> transStatus, long withoutResult,
                         double frictionlessRate, double challengeRate, double liabilityShiftRate, long providerCalls,
                         Long latencyP50Ms, Long latencyP95Ms) {
}
