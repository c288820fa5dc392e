package io.threeds.gateway.authentication;

import io.threeds.gateway.model.BrowserAction;
import io.threeds.gateway.model.HostedPageUrls;
import java.util.List;

/**
 * What the hosted page runs, the merchant origins that may frame it, its URLs (the callbacks among them),
 * and what it shows the shopper around the step.
 */
public record HostedStep(BrowserAction action, List<String> frameAncestors, HostedPageUrls urls,
                         ShopperView shopper) {
}
