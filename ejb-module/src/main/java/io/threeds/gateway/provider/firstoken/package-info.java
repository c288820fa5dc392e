/**
 * firstoken: Firstoken Risk Payer Authentication, Cardinal underneath (PROVIDERS.md §3). Setup gives a
 * device-data-collection URL and token; the hosted page runs it in a hidden iframe and relays
 * Cardinal's {@code profile.completed} message (or gives up after 10 seconds); enroll then answers
 * frictionless results, or a step-up the hosted page shows in a visible iframe, after which validate
 * gives the result. Payment is a separate {@code /payments} call with the authentication data, so the
 * request is held (encrypted) until then. Results are decided on {@code pares_status} and
 * {@code veres_enrolled}, never on the envelope's {@code status} (G-F9); every documented spelling is
 * read ({@code tree_dss_…}, {@code transactionId}, {@code specificationVersion}).
 */
package io.threeds.gateway.provider.firstoken;
