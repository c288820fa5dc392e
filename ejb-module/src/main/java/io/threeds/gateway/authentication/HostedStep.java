package io.threeds.gateway.authentication;

import io.threeds.gateway.model.BrowserAction;
import io.threeds.gateway.model.HostedPageUrls;
import io.threeds.gateway.provider.SdkPage;
import java.util.List;

/**
 * What the hosted page runs, the merchant origins that may frame it, its URLs (the callbacks among them),
 * and what it shows the shopper around the step; {@code sdk} is the provider's SDK script when its SDK runs
 * the step (null for forms and frames).
 */
public record HostedStep(BrowserAction action, List<String> frameAncestors, HostedPageUrls urls,
                         ShopperView shopper, SdkPage sdk) {
}
