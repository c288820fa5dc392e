/**
 * RFC 9457 problem+json for every error, one mapper per exception family, and the short pages that
 * describe each problem type under {@code /problems/}. An authenticated request refused with a 4xx is
 * recorded in the audit trail here, in one place; a 5xx logs its stack trace under the problem's
 * {@code instance} and returns a generic body.
 */
package io.threeds.gateway.web.problem;
