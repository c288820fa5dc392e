package io.threeds.gateway.web.hosted;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The hosted page's words and numbers in the shopper's language: the {@code browser.language} the
 * merchant sent, else the browser's own {@code Accept-Language}, else English. The words are the
 * {@code HostedPage*.properties} bundles beside this class, one per language, for translators to edit.
 */
final class ShopperText {
    static final List<Locale> SPOKEN = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
            Locale.forLanguageTag("es"), Locale.ITALIAN, Locale.forLanguageTag("nl"));
    private static final ResourceBundle.Control BUNDLES_ONLY =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle words;

    private ShopperText(Locale locale) {
        this.locale = locale;
        this.words = ResourceBundle.getBundle(ShopperText.class.getPackageName() + ".HostedPage", locale,
                ShopperText.class.getClassLoader(), BUNDLES_ONLY);
    }

    /** The first of the languages (each a language tag or an Accept-Language list, may be null) we speak. */
    static ShopperText of(String... languages) {
        for (String language : languages) {
            Locale spoken = spoken(language);
            if (spoken != null) {
                return new ShopperText(spoken);
            }
        }
        return new ShopperText(Locale.ENGLISH);
    }

    private static Locale spoken(String languages) {
        if (languages == null || languages.isBlank()) {
            return null;
        }
        try {
            return Locale.lookup(Locale.LanguageRange.parse(languages.replace('_', '-')), SPOKEN);
        } catch (IllegalArgumentException notALanguageList) {
            return null;
        }
    }

    /** For the document's {@code lang}. */
    String lang() {
        return locale.toLanguageTag();
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(words.getString(key), locale).format(arguments);
    }

    /** An amount in minor units, with the currency's exponent, written the shopper's way ("10,00 €"). */
    String amount(long minorUnits, String currencyCode) {
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return minorUnits + " " + currencyCode;
        }
        int exponent = Math.max(currency.getDefaultFractionDigits(), 0);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(exponent);
        format.setMaximumFractionDigits(exponent);
        return format.format(BigDecimal.valueOf(minorUnits, exponent));
    }
}
