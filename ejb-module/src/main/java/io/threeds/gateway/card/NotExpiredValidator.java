package io.threeds.gateway.card;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** Leaves an expiry month or year out of range to their own constraints, so that a field gets one message. */
public class NotExpiredValidator implements ConstraintValidator<NotExpired, Card> {
    @Override
    public boolean isValid(Card card, ConstraintValidatorContext context) {
        if (card == null || card.expiryMonth() < 1 || card.expiryMonth() > 12 || card.expiryYear() < 2000
                || card.expiryYear() > 2099
                || !YearMonth.of(card.expiryYear(), card.expiryMonth()).isBefore(YearMonth.now(ZoneOffset.UTC))) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("expiryYear").addConstraintViolation();
        return false;
    }
}
