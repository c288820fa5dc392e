package io.threeds.gateway.authentication;

import io.threeds.gateway.model.BrowserAction;
import java.util.List;

/**
 * What the hosted page runs, the merchant origins that may frame it, the base of its callbacks, and
 * what it shows the shopper around the step.
 */
public record HostedStep(BrowserAction action, List<String> frameAncestors, String callbackBase,
                         ShopperView shopper) {
}
