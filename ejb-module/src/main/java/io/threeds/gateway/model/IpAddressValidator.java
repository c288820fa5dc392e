package io.threeds.gateway.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

public class IpAddressValidator implements ConstraintValidator<IpAddress, String> {
    private static final Pattern V4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern V6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
        if (text == null || V4.matcher(text).matches()) {
            return true;
        }
        if (!V6.matcher(text).matches() || !text.contains(":")) {
            return false;
        }
        try {
            // Only hex digits, colons and dots reach here, so this parses a literal and never does DNS.
            return InetAddress.getByName(text) instanceof Inet6Address;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
