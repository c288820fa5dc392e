package io.threeds.gateway.reporting;

/** How statistics are grouped, and the SQL expression of the group key (a constant, never caller text). */
public enum GroupBy {
    PROVIDER("a.provider"),
    MERCHANT("a.merchant_id"),
    /** The UTC calendar day the authentication was created (times are stored in UTC). */
    DAY("CAST(a.created_at AS DATE)");

    private final String sql;

    GroupBy(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
