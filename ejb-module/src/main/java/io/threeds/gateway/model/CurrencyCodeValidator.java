package io.threeds.gateway.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Currency;
import java.util.Set;

public class CurrencyCodeValidator implements ConstraintValidator<CurrencyCode, String> {
    /** ISO 4217 codes that are not money: no gold, no test code, no "no currency". */
    private static final Set<String> NOT_MONEY = Set.of("XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XDR", "XSU",
            "XUA", "XBA", "XBB", "XBC", "XBD");

    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
        return code == null || isCurrency(code);
    }

    public static boolean isCurrency(String code) {
        if (!code.matches("[A-Z]{3}") || NOT_MONEY.contains(code)) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
