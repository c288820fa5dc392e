package io.threeds.client;

import java.util.List;

/** The caller's authentications for one merchant reference, newest first. */
public record AuthenticationList(List<Authentication> items) {
}
