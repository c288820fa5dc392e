package io.threeds.gateway.emv;

/**
 * The generic liability-shift rule of PROVIDERS.md §7.6; each provider adds its own condition
 * ({@code providerRule}) and names the basis it decided on.
 */
public record Liability(boolean shift, String basis) {

    public static Liability decide(TransStatus status, String signatureVerification, String enrolled,
                                   String eci, String brand, boolean providerRule, String basis) {
        boolean statusOk = status == TransStatus.Y || status == TransStatus.A;
        boolean signatureOk = !"N".equals(signatureVerification);
        boolean enrolledOk = enrolled == null || !(enrolled.equals("N") || enrolled.equals("U") || enrolled.equals("B"));
        EciClass eciClass = Eci.classify(eci, brand);
        boolean eciOk = eci == null || eciClass == EciClass.FULL || eciClass == EciClass.ATTEMPT;
        return new Liability(statusOk && signatureOk && enrolledOk && eciOk && providerRule, basis);
    }
}
