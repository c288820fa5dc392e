package io.threeds.gateway.merchant;

import java.util.List;

/** {@code branding} is null when the admin sent none. */
public record NewMerchant(String name, String defaultProvider, List<String> allowedProviders, String webhookUrl,
                          List<String> allowedReturnOrigins, Branding branding) {
}
