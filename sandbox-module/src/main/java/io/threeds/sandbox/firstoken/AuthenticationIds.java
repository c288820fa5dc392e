package io.threeds.sandbox.firstoken;

import java.util.UUID;

/**
 * The protocol identifiers of one authentication, as {@code consumer_auth_info} names them: 3-D Secure
 * 2.2.0 with its three transaction ids (UUIDs), or 3-D Secure 1.0.2 with only an XID. A lookup that gave
 * no authentication ({@code veres_enrolled} U/B) reached no ACS and keeps only the 3DS Server's id.
 *
 * @param threeDSServerTransactionId {@code tree_dss_server_transaction_id} (sic, G-F1)
 * @param xid                        base64 of 20 bytes, 3-D Secure 1.0.2 only
 */
record AuthenticationIds(String specificationVersion, String threeDSServerTransactionId,
                         String directoryServerTransactionId, String acsTransactionId, String xid) {
    static final String VERSION_2 = "2.2.0";
    static final String VERSION_1 = "1.0.2";
    /** What Cardinal calls its ACS in {@code acs_reference_number}. */
    static final String ACS_REFERENCE_NUMBER = "Cardinal ACS";

    static AuthenticationIds version2() {
        return new AuthenticationIds(VERSION_2, uuid(), uuid(), uuid(), null);
    }

    static AuthenticationIds version1() {
        return new AuthenticationIds(VERSION_1, null, null, null, Identifiers.xid());
    }

    static AuthenticationIds lookupOnly() {
        return new AuthenticationIds(VERSION_2, uuid(), null, null, null);
    }

    /** An ACS took part: {@code acs_reference_number} is reported. */
    boolean reachedAcs() {
        return acsTransactionId != null || xid != null;
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }
}
