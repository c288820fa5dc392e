/**
 * Domain exceptions that carry their RFC 9457 problem type and HTTP status. They are
 * {@code @ApplicationException}s, so the EJB container hands them to the caller as they are instead
 * of wrapping them in an {@code EJBException}; the web module maps each family to problem+json.
 */
package io.threeds.gateway.problem;
