package io.threeds.gateway.card;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class WellFormedEncryptionValidator implements ConstraintValidator<WellFormedEncryption, String> {
    @Override
    public boolean isValid(String blob, ConstraintValidatorContext context) {
        return blob == null || EncryptedCard.isArmouredMessage(blob);
    }
}
