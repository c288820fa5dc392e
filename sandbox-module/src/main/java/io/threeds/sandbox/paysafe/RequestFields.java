package io.threeds.sandbox.paysafe;

/** The dotted paths of the members of Paysafe's JSON requests, as they appear in {@code fieldErrors}. */
final class RequestFields {
    static final String MERCHANT_REF_NUM = "merchantRefNum";
    static final String AMOUNT = "amount";
    static final String CURRENCY = "currency";
    static final String CARD_NUMBER = "card.cardNum";
    static final String EXPIRY_MONTH = "card.cardExpiry.month";
    static final String EXPIRY_YEAR = "card.cardExpiry.year";
    static final String CVV = "card.cvv";
    static final String CUSTOMER_IP = "customerIp";
    static final String USER_AGENT = "userAgent";
    static final String ACCEPT_HEADER = "acceptHeader";
    static final String MERCHANT_URL = "merchantUrl";
    static final String PA_RES = "paRes";
    static final String SETTLE_WITH_AUTH = "settleWithAuth";
    static final String AUTHENTICATION = "authentication";
    static final String ECI = "authentication.eci";
    static final String CAVV = "authentication.cavv";
    static final String XID = "authentication.xid";
    static final String THREE_D_ENROLLMENT = "authentication.threeDEnrollment";
    static final String THREE_D_RESULT = "authentication.threeDResult";
    static final String SIGNATURE_STATUS = "authentication.signatureStatus";

    private RequestFields() {
    }
}
