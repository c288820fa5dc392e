package io.threeds.gateway.card;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class PassesLuhnValidator implements ConstraintValidator<PassesLuhn, String> {
    @Override
    public boolean isValid(String number, ConstraintValidatorContext context) {
        return number == null || Luhn.valid(number);
    }
}
