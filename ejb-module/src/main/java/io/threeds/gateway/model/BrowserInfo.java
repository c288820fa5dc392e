package io.threeds.gateway.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** The shopper's browser as the merchant's page observed it (EMV browser fields). */
public record BrowserInfo(
        @Size(max = 2048, message = "must be at most {max} characters") String acceptHeader,
        @Size(max = 2048, message = "must be at most {max} characters") String userAgent,
        @Size(max = 45, message = "must be at most {max} characters") @IpAddress String ipAddress,
        @Size(max = 35, message = "must be at most {max} characters") String language,
        @Min(value = 1, message = "must be between 1 and 48") @Max(value = 48, message = "must be between 1 and 48")
        Integer colorDepth,
        @Min(value = 1, message = "must be between 1 and 999999")
        @Max(value = 999_999, message = "must be between 1 and 999999") Integer screenHeight,
        @Min(value = 1, message = "must be between 1 and 999999")
        @Max(value = 999_999, message = "must be between 1 and 999999") Integer screenWidth,
        @Min(value = -840, message = "must be between -840 and 840")
        @Max(value = 840, message = "must be between -840 and 840") Integer timeZoneOffsetMinutes,
        Boolean javaEnabled,
        Boolean javascriptEnabled) {
}
