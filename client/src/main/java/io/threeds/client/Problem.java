package io.threeds.client;

import java.util.List;

/**
 * An RFC 9457 problem as the gateway sends it: {@code type} a path under {@code /problems/}, the
 * {@code instance} id under which the gateway logged it, and the refused fields of a validation problem.
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<Violation> violations) {
}
