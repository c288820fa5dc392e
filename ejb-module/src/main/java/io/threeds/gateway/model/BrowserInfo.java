package io.threeds.gateway.model;

/** The shopper's browser as the merchant's page observed it (EMV browser fields). */
public record BrowserInfo(String acceptHeader, String userAgent, String ipAddress, String language, Integer colorDepth,
                          Integer screenHeight, Integer screenWidth, Integer timeZoneOffsetMinutes, Boolean javaEnabled,
                          Boolean javascriptEnabled) {
}
