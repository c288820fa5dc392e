package io.threeds.gateway.emv;

/** ECI normalisation (always two digits) and classification by brand, PROVIDERS.md §7.7. */
public final class Eci {
    private Eci() {
    }

    /** {@code 5}, {@code "5"} and {@code "05"} all become {@code "05"}; blank is null; garbage is null. */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String trimmed = raw.trim();
        if (!trimmed.matches("\\d{1,2}")) {
            return null;
        }
        return String.format("%02d", Integer.parseInt(trimmed));
    }

    public static EciClass classify(String eci, String brand) {
        if (eci == null) {
            return EciClass.UNKNOWN;
        }
        boolean mastercard = "MASTERCARD".equals(brand) || "MAESTRO".equals(brand);
        boolean known = brand != null && !brand.isBlank() && !"UNKNOWN".equals(brand);
        switch (eci) {
            case "05": return mastercard ? EciClass.UNKNOWN : EciClass.FULL;
            case "06": return mastercard ? EciClass.UNKNOWN : EciClass.ATTEMPT;
            case "07": return mastercard ? EciClass.UNKNOWN : EciClass.NONE;
            case "02": return mastercard || !known ? EciClass.FULL : EciClass.UNKNOWN;
            case "01": return mastercard || !known ? EciClass.ATTEMPT : EciClass.UNKNOWN;
            case "00": return mastercard || !known ? EciClass.NONE : EciClass.UNKNOWN;
            default: return EciClass.UNKNOWN;
        }
    }

    /** The ECI a brand uses for "no authentication", for results a provider reports without one. */
    public static String none(String brand) {
        return "MASTERCARD".equals(brand) || "MAESTRO".equals(brand) ? "00" : "07";
    }
}
