package io.threeds.gateway.merchant;

import java.util.List;

public record NewMerchant(String name, String defaultProvider, List<String> allowedProviders, String webhookUrl,
                          List<String> allowedReturnOrigins) {
}
