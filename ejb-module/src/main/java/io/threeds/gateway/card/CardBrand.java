package io.threeds.gateway.card;

/** The card scheme, from the number's leading digits (enough to pick the ECI family). */
public enum CardBrand {
    VISA, MASTERCARD, AMEX, DISCOVER, JCB, DINERS, MAESTRO, UNKNOWN;

    public static CardBrand of(String pan) {
        if (pan.startsWith("4")) {
            return VISA;
        }
        int two = Integer.parseInt(pan.substring(0, 2));
        int four = Integer.parseInt(pan.substring(0, 4));
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return MASTERCARD;
        }
        if (two == 34 || two == 37) {
            return AMEX;
        }
        if (pan.startsWith("6011") || pan.startsWith("65")) {
            return DISCOVER;
        }
        if (four >= 3528 && four <= 3589) {
            return JCB;
        }
        if (two == 36 || two == 38 || (four >= 3000 && four <= 3059)) {
            return DINERS;
        }
        if (two == 50 || (two >= 56 && two <= 69)) {
            return MAESTRO;
        }
        return UNKNOWN;
    }
}
