package io.threeds.client;

/** The shopper's browser as the merchant's checkout page saw it (EMV 3DS browser data). */
public record Browser(String acceptHeader, String userAgent, String ipAddress, String language, Integer colorDepth,
                      Integer screenHeight, Integer screenWidth, Integer timeZoneOffsetMinutes, Boolean javaEnabled,
                      Boolean javascriptEnabled) {
}
