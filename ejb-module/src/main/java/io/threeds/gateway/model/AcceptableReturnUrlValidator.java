package io.threeds.gateway.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class AcceptableReturnUrlValidator implements ConstraintValidator<AcceptableReturnUrl, String> {
    private boolean localHttp;

    @Override
    public void initialize(AcceptableReturnUrl constraint) {
        localHttp = constraint.localHttp();
    }

    @Override
    public boolean isValid(String url, ConstraintValidatorContext context) {
        return url == null || WebOrigins.isAcceptableUrl(url, localHttp);
    }
}
