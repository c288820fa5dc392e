package io.threeds.gateway.authentication;

import io.threeds.gateway.provider.BrowserAction;
import java.util.List;

/** What the hosted page runs, and the merchant origins that may frame it. */
public record HostedStep(BrowserAction action, List<String> frameAncestors) {
}
