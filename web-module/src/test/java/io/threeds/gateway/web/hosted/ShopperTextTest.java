package io.threeds.gateway.web.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShopperTextTest {
    @Test
    void theMerchantsBrowserLanguageComesFirst() {
        ShopperText text = ShopperText.of("de-AT", "fr-FR,fr;q=0.9");
        assertEquals("de", text.lang());
        assertEquals("Ihre Zahlung wird bestätigt", text.get("title.verifying"));
    }

    @Test
    void theBrowsersAcceptLanguageWhenTheMerchantSentNone() {
        assertEquals("fr", ShopperText.of(null, "pl-PL,fr-CA;q=0.8,en;q=0.5").lang());
        assertEquals("nl", ShopperText.of("xx", "nl_NL").lang());
    }

    @Test
    void englishForALanguageWeDoNotSpeakOrNonsense() {
        assertEquals("en", ShopperText.of("pl-PL", "ja").lang());
        assertEquals("en", ShopperText.of(";;;", null).lang());
        assertEquals("Verifying your payment", ShopperText.of((String) null).get("title.verifying"));
    }

    @Test
    void everyLanguageHasEveryWord() {
        var english = java.util.ResourceBundle.getBundle("io.threeds.gateway.web.hosted.HostedPage",
                java.util.Locale.ROOT).keySet();
        for (var locale : ShopperText.SPOKEN) {
            ShopperText text = ShopperText.of(locale.toLanguageTag());
            assertEquals(locale.toLanguageTag(), text.lang());
            english.forEach(text::get);
        }
    }

    @Test
    void amountsUseTheCurrencysExponentAndTheShoppersNumbers() {
        assertEquals("10,00\u00a0€", ShopperText.of("de").amount(1000, "EUR"));
        assertEquals("€10.00", ShopperText.of("en").amount(1000, "EUR"));
        assertEquals("¥1,000", ShopperText.of("en").amount(1000, "JPY"));
        assertEquals("BHD1.000", ShopperText.of("en").amount(1000, "BHD"));
        assertEquals("1000 XYZ", ShopperText.of("en").amount(1000, "XYZ"));
    }
}
