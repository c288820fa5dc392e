/**
 * The worldline simulator: Worldline Connect's Create Payment with 3-D Secure v2 (PROVIDERS.md §5, the
 * seed's examples), under {@code /sandbox/worldline}.
 *
 * <h2>What it serves</h2>
 * <ul>
 *   <li>{@code POST /v1/{merchantId}/payments}: 201 ({@code PENDING_APPROVAL} or {@code REDIRECTED}),
 *       402 (rejected, with {@code paymentResult}), 400 (validation, {@link io.threeds.sandbox.worldline.RequestValidation},
 *       which also refuses a {@code paymentProductId} that is not the card number's),
 *       401 (authorization, {@link io.threeds.sandbox.worldline.GcsSignature}: the content type signed must be the
 *       header sent to the letter, the {@code Date} RFC 1123 with a two-digit day in GMT, within 5 minutes of the
 *       simulator's clock; key and secret from MP Config
 *       {@code sandbox.worldline.api-key-id}, default {@code sandbox-key}, and {@code sandbox.worldline.api-secret},
 *       default {@code sandbox-secret}).</li>
 *   <li>{@code GET /v1/{merchantId}/payments/{paymentId}}: the payment's current state; 404
 *       ({@code 300240}) for an id unknown to that merchant.</li>
 *   <li>Browser pages, HTML: {@code GET|POST /3dsecure/{uuid}} (challenge), {@code GET|POST /redirector/{uuid}},
 *       {@code POST /acs/{uuid}} (3-D Secure 1.0 password page). They end with {@code 303 See Other} to the
 *       merchant's {@code returnUrl} plus {@code RETURNMAC} and {@code paymentId} (G-W7).</li>
 * </ul>
 * Payments live in memory ({@link io.threeds.sandbox.worldline.Payments}), keyed by their 30-digit id.
 * The REST calls, not the pages, are subject to {@code /sandbox/worldline/faults} and appear in
 * {@code /sandbox/worldline/calls}.
 *
 * <h2>Scenarios ({@link io.threeds.sandbox.worldline.WorldlineScenario})</h2>
 * Worldline runs the 3DS Method and any device step itself, so the cards for those rows are plain
 * frictionless successes here. ECIs are Visa's; a Mastercard (51-55, 2221-2720) gets 02/01/00 instead.
 * <table>
 *   <caption>Card to outcome</caption>
 *   <tr><th>Card</th><th>Outcome</th></tr>
 *   <tr><td>…2701, 4012000033330026, 4000100000000000, …10001, 5200000000052701, any other card</td>
 *       <td>201 {@code PENDING_APPROVAL}/600, ECI 05, CAVV, v2 ids, method {@code frictionless}</td></tr>
 *   <tr><td>…2719</td><td>as above with ECI 06</td></tr>
 *   <tr><td>…2313, …2446, …2990, …2560, …9026</td>
 *       <td>201 {@code PENDING_APPROVAL}/600 with only {@code eci "7"} (the seed's unpadded value)</td></tr>
 *   <tr><td>…2925, 5200000000052925</td>
 *       <td>402 {@code REJECTED}/180 {@code INVALID_PARES_OR_NOT_COMPLETED}, {@code 401025 MEDIUM_CONFIDENCE},
 *       v2 ids, no ECI, no {@code merchantAction}</td></tr>
 *   <tr><td>…5550 (4000000000055550)</td><td>as …2537 (R, as SANDBOX.md's row says) plus {@code SHOW_TRANSACTION_RESULTS} with {@code CARDHOLDERINFO}</td></tr>
 *   <tr><td>…2537, 5200000000052537</td>
 *       <td>402 {@code REJECTED}/180, {@code 430330 REJECTED_BY_ISSUER}, ECI 07, v2 ids</td></tr>
 *   <tr><td>…2503, 4111111111111111, …7977, 5200000000052503</td>
 *       <td>201 {@code REDIRECTED}/50 {@code ENROLLED} to {@code /3dsecure}: code 1234 gives
 *       {@code PENDING_APPROVAL} ECI 05 method {@code challenged}; another code gives
 *       {@code REJECTED}/180 with ECI 07 and {@code 401025}; cancel gives the same with {@code 430285
 *       CANCELLED_BY_CONSUMER}</td></tr>
 *   <tr><td>…2370</td><td>as …2503, but every code fails</td></tr>
 *   <tr><td>…2420</td><td>as …2503, but a submitted code gives {@code PENDING_APPROVAL} with {@code eci "7"}</td></tr>
 *   <tr><td>4000000000000002 (…0002)</td>
 *       <td>201 {@code REDIRECTED} to {@code /redirector}, no {@code threeDSecureResults}; the redirector posts
 *       {@code MD} to the 3-D Secure 1.0 password page; 1234 gives ECI 05, CAVV and {@code xid} without v2 ids,
 *       otherwise {@code REJECTED} with ECI 07 and {@code xid}</td></tr>
 *   <tr><td>…2672</td><td>201 {@code REDIRECTED} to {@code /redirector} with the frictionless v2 data already
 *       present; the redirector completes it: ECI 05, CAVV</td></tr>
 *   <tr><td>4000000000002354</td><td>frictionless success, answered after 15 seconds</td></tr>
 * </table>
 * The exact card numbers of SANDBOX.md win; the seed's last-four matches (§5.7) come next.
 *
 * <h2>N, R and U without a transStatus</h2>
 * Worldline reports no transStatus, only a payment status, an ECI and errors; the simulator gives each
 * EMV result the nearest documented outcome:
 * <ul>
 *   <li>N (not authenticated) is the seed's own rejected example: 402, {@code REJECTED}/180,
 *       {@code INVALID_PARES_OR_NOT_COMPLETED} and error {@code 401025 MEDIUM_CONFIDENCE} (G-W15).</li>
 *   <li>R (rejected by the issuer) is the same rejected payment, told apart by its error:
 *       {@code 430330}, Worldline Connect's decline code, with the message {@code REJECTED_BY_ISSUER} (the
 *       simulator's), in both the top-level {@code errors} and {@code statusOutput.errors}, and by an explicit
 *       ECI 07 (00), which the N answer, like the seed's, does not carry.</li>
 *   <li>U (authentication unavailable, enrollment error, bypass) is what the seed shows for card …9026:
 *       the payment is authorised without 3-D Secure, {@code PENDING_APPROVAL} with only {@code eci "7"}.</li>
 *   <li>A cancelled challenge (SANDBOX.md: U) is the same {@code REJECTED} answer as a wrong code, since
 *       {@code INVALID_PARES_OR_NOT_COMPLETED} means "not successful or not completed", told apart by its
 *       error {@code 430285 CANCELLED_BY_CONSUMER} (code and message are the simulator's).</li>
 * </ul>
 *
 * <h2>Quirks kept and choices made</h2>
 * The unpadded {@code "7"}/{@code "0"} of the seed's …9026 answer is always reproduced; every other ECI is
 * two digits. {@code showData: []} appears on redirector redirects only, as in the seed. Error codes
 * {@code 9002}, {@code 21000020}, {@code 21000120}, {@code 300240}, {@code 430330} and {@code 9999} are
 * Worldline Connect's; the messages of the simulator's own 400s are its own. The signature covers method,
 * content type, date and path only (no {@code X-GCS-*} headers).
 */
package io.threeds.sandbox.worldline;
