package io.threeds.gateway.merchant;

/** How the hosted page presents a merchant (API.md's {@code branding}); any part may be null. */
public record Branding(String displayName, String logoUrl, String accentColor) {
}
