/**
 * The firstoken simulator: Firstoken's Risk Payer Authentication with Cardinal underneath, and its
 * payments API (PROVIDERS.md §3, the seed's Rejected Frictionless page), under {@code /sandbox/firstoken}.
 *
 * <h2>What it serves</h2>
 * REST, JSON, {@code POST}; every path with and without {@code /v1} (G-F13). Each call needs the header
 * {@code x-api-key} equal to MP Config {@code sandbox.firstoken.api-key} (default
 * {@code sandbox-firstoken-key}), else 401 {@code {"status":"error","message":"Unauthorized"}}
 * ({@link io.threeds.sandbox.firstoken.ApiKey}). Answers use the envelope
 * {@code {"status":"success"|"fail"|"error","message","data"}}, where {@code success} only means that the
 * call worked (G-F9) ({@link io.threeds.sandbox.firstoken.JsonAnswer}). A refused request is HTTP 400
 * {@code {"status":"fail","message":"<field> is required"}} (or {@code "... must be ..."}, {@code "... is
 * unknown"}; {@link io.threeds.sandbox.firstoken.RequestValidation}).
 * <ul>
 *   <li>{@code /v1/risk/authentication/setup}: {@code transaction_info {type "setup", reference_code}},
 *       {@code card {number, expiration_date}} (MM/YYYY or MM/YY, G-F11) → {@code transaction_info {type
 *       "setup_auth_response", transactionId (sic, G-F2), reference_code (the request's, G-F3), request_id,
 *       status "Completed", created_at}}, {@code consumer_auth_info {access_token, device_data_collection_url,
 *       reference_id, token}} ({@link io.threeds.sandbox.firstoken.SetupResponse}).</li>
 *   <li>{@code /v1/risk/authentication/enroll}: the seed's request; needs a {@code reference_id} this
 *       simulator issued and, for a step-up, a {@code return_url} → {@code transaction_info {type
 *       "check_enroll_response", transaction_id, reference_code, request_id, status, created_at}},
 *       {@code card {bin, type}}, {@code consumer_auth_info} with the result, or with {@code pares_status C}
 *       and {@code acs_url, pareq, step_up_url, access_token} ({@link io.threeds.sandbox.firstoken.EnrollResponse}).</li>
 *   <li>{@code /v1/risk/authentication/validate}: {@code authentication.transaction_id} = enroll's
 *       {@code authentication_transaction_id} → the step-up's result, the same each time it is asked; 400
 *       {@code "authentication not completed"} before the step-up page was answered
 *       ({@link io.threeds.sandbox.firstoken.ValidateResponse}).</li>
 *   <li>{@code /v1/payments}: Simple Authorization with the {@code authentication} object → {@code Authorized},
 *       {@code "Payment sucessful"} (sic), or the decline below ({@link io.threeds.sandbox.firstoken.PaymentAuthorization}).</li>
 * </ul>
 * Cardinal's browser pages, HTML, never cached, every value escaped; the page that submits itself also
 * shows a submit button, so an HTTP client that parses forms drives them as a headless browser does:
 * <ul>
 *   <li>{@code POST /V1/Cruise/Collect} (form {@code JWT} = setup's {@code access_token}, optional {@code Bin}):
 *       verifies the token, records the session's device data, and answers a page whose script, after MP Config
 *       {@code sandbox.firstoken.ddc-delay-ms} (default 500), calls {@code window.parent.postMessage} with the
 *       JSON string {@code {"MessageType":"profile.completed","SessionId":"<reference_id>","Status":true}}.</li>
 *   <li>{@code POST /V2/Cruise/StepUp} (form {@code JWT} = enroll's step-up {@code access_token}, optional
 *       {@code MD}): the one-time-code page ({@code otp}, buttons {@code action=submit|cancel}), posting to
 *       {@code POST /V2/Cruise/StepUp/answer}, which decides once and answers a form posting
 *       {@code TransactionId} and {@code MD} to the token's {@code ReturnUrl}. A second answer, a bad or
 *       expired token: 400 page.</li>
 * </ul>
 * The REST calls, not the pages, are subject to {@code /sandbox/firstoken/faults} and appear in
 * {@code /sandbox/firstoken/calls} (merchant reference {@code transaction_info.reference_code}, card
 * {@code card.number} masked).
 *
 * <h2>Scenarios ({@link io.threeds.sandbox.firstoken.FirstokenScenario})</h2>
 * The thirteen flows Firstoken names (§3.5) on their CyberSource test cards, and every SANDBOX.md row.
 * ECIs are Visa's; a Mastercard gets 02/01/00 and {@code card.type "MASTERCARD"}. Every enroll
 * answers {@code veres_enrolled Y} unless the table says otherwise.
 * <table>
 *   <caption>Card to outcome</caption>
 *   <tr><th>Card</th><th>Flow</th><th>Enroll</th><th>Step-up and validate</th></tr>
 *   <tr><td>…2701, 4012000033330026, …10001 (its device step is setup's collection), 5200000000052701,
 *       any other card</td><td>Successful Frictionless</td>
 *       <td>{@code Authentication_successful}, Y, ECI 05, CAVV, {@code vbv}</td><td>none</td></tr>
 *   <tr><td>…2719</td><td>Attempts Processing Frictionless</td>
 *       <td>{@code Authentication_successful}, A, ECI 06, CAVV, {@code vbv_attempted}</td><td>none</td></tr>
 *   <tr><td>…2925, 5200000000052925</td><td>Unsuccessful Frictionless</td>
 *       <td>{@code Authentication_failed}, N, ECI 07, reason 01</td><td>none</td></tr>
 *   <tr><td>…2313</td><td>Unavailable Frictionless</td>
 *       <td>{@code Authentication_successful} (as CyberSource reports it), U, ECI 07, reason 22</td><td>none</td></tr>
 *   <tr><td>…2537 (the seed's), …55550, 5200000000052537</td><td>Rejected Frictionless</td>
 *       <td>{@code Authentication_failed}, R, ECI 07, reason 01</td><td>none; a payment with R is declined</td></tr>
 *   <tr><td>…2990</td><td>Authentication not available on Lookup</td>
 *       <td>{@code Authentication_successful}, {@code veres_enrolled U}, no {@code pares_status}, ECI 07</td>
 *       <td>none</td></tr>
 *   <tr><td>…2446</td><td>Enrollment check error</td><td>as …2990</td><td>none</td></tr>
 *   <tr><td>…2560</td><td>Bypassed Authentication</td><td>as …2990 with {@code veres_enrolled B}</td><td>none</td></tr>
 *   <tr><td>…2354</td><td>Time-out</td><td>setup answers after MP Config {@code sandbox.firstoken.time-out-delay-ms}
 *       (default 15000), then all as …2701</td><td>none</td></tr>
 *   <tr><td>…2503, 4111111111111111, 5200000000052503</td><td>Successful Step-Up</td>
 *       <td>{@code Pending_authentication}, C</td>
 *       <td>code 1234: Y, ECI 05, CAVV; another code: N, ECI 07, reason 01; cancel: U, ECI 07, reason 26</td></tr>
 *   <tr><td>…2370</td><td>Unsuccessful Step-Up</td><td>as …2503</td><td>N, ECI 07, reason 01, whatever the answer</td></tr>
 *   <tr><td>…2420</td><td>Unavailable Step-Up</td><td>as …2503</td><td>U, ECI 07, reason 22, whatever the answer</td></tr>
 *   <tr><td>4000100000000000, 4000010000000001 (older pages, §3.5)</td><td>Require Method URL</td>
 *       <td>with device data collected for its {@code reference_id} before enroll: as …2701; without: as …2503</td>
 *       <td>as …2503 when stepped up</td></tr>
 *   <tr><td>4000000000000002</td><td>3-D Secure 1.0 (SANDBOX.md)</td>
 *       <td>as …2503 with {@code specificationVersion "1.0.2"}, an {@code xid} and no v2 ids</td>
 *       <td>as …2503, with the {@code xid} and {@code "1.0.2"}, no v2 ids</td></tr>
 * </table>
 *
 * <h2>Quirks kept and choices made</h2>
 * <ul>
 *   <li>Documented spellings are always emitted as documented: {@code transactionId} at setup,
 *       {@code tree_dss_server_transaction_id}, {@code specificationVersion}, {@code eci_raw}, and
 *       {@code "Payment sucessful"}. {@code eci} appears beside {@code eci_raw} only for Y and A (G-F14),
 *       as does the CAVV (base64 of 20 bytes).</li>
 *   <li>{@code commerce_indicator} (G-F7): the scheme's for Y ({@code vbv}, {@code spa}, {@code aesk}, {@code pb},
 *       {@code js}) and A ({@code vbv_attempted}, {@code spa}, {@code aesk_attempted}...); {@code internet}, the
 *       seed's value for its U payment, for every other result. {@code card.type} is {@code VISA},
 *       {@code MASTERCARD}, {@code AMEX}, {@code DISCOVER}, {@code DINERS}, {@code JCB} or {@code UNKNOWN}
 *       ({@link io.threeds.sandbox.firstoken.CardType}).</li>
 *   <li>{@code signed_pares_status_reason} (G-F8) carries EMV transStatusReason values, for N, R and U only:
 *       01 (card authentication failed, the seed's) for N and R; 22 (ACS technical issue) for an issuer
 *       that could not authenticate; 26 (attempted but not performed by the cardholder) for a cancelled
 *       step-up. Not 05: in EMV that is "expired card".</li>
 *   <li>Without an authentication ({@code veres_enrolled} U/B) no ACS took part: no {@code acs_transaction_id},
 *       {@code directory_server_transaction_id} or {@code acs_reference_number}; the 3DS Server's id and
 *       Cardinal's {@code authentication_transaction_id} remain.</li>
 *   <li>Step-up: {@code acs_url} names the same page as {@code step_up_url}, this simulator's only ACS;
 *       {@code pareq} is opaque, base64 of the CReq (2.2.0) or a PAReq-like object with the XID (1.0.2).
 *       The step-up token's claims are {@code jti, iat, exp (iat + 1 h), ReferenceId, TransactionId,
 *       ReturnUrl}; setup's are the seed's ({@link io.threeds.sandbox.firstoken.AccessTokens}), signed HS256
 *       with MP Config {@code sandbox.firstoken.jwt-secret}. A cancelled step-up is U, per SANDBOX.md; the
 *       …2370 and …2420 cards ignore the shopper entirely. {@code MD} is posted back as received, empty
 *       when the step-up was opened without one.</li>
 *   <li>Validate also reports {@code veres_enrolled}, {@code signed_pares_status_reason} and
 *       {@code acs_reference_number}, so that it describes the authentication as enroll does; its
 *       {@code transaction_info} has {@code request_id} and {@code created_at} like every other answer. Only
 *       step-ups can be validated: a frictionless {@code authentication_transaction_id} is unknown to it.</li>
 *   <li>Require Method URL: what counts is that the collection page received the session's JWT before
 *       enroll. The real test case's minimum of 7 seconds between collection and answer and its 9-digit
 *       {@code Bin} are not enforced; the page waits {@code sandbox.firstoken.ddc-delay-ms} instead.</li>
 *   <li>Time-out: PROVIDERS.md §3.5 has Cardinal answer {@code veres_enrolled U} after 10-12 seconds; here, as
 *       SANDBOX.md's row says, the provider itself is slow, at setup, so that the gateway's own timeout shows.
 *       If the gateway waits, the flow goes on as a frictionless success.</li>
 *   <li>Amounts (G-F10): {@code total_amount} is a string in major units with at most the currency's decimals
 *       ({@code "1000"} MXN as the seed, {@code "10.50"} EUR); a JSON number or more decimals is a 400
 *       ({@link io.threeds.sandbox.firstoken.Amount}).</li>
 *   <li>Payments (G-F4): the request's amount (as a number, in the unit sent) and currency are echoed;
 *       {@code pares_status R} is declined, the simulator's invention: HTTP 200 {@code {"status":"fail",
 *       "message":"Payment declined","data":{"transaction_info":{"type":"payment_response","reference_code",
 *       "transaction_id","request_id","status":"Declined","response_code":"05","created_at"}}}}. N and U are
 *       authorised, as CyberSource allows. The authentication data is otherwise not checked, any of the three
 *       3DS Server id spellings accepted (G-F1).</li>
 *   <li>Tokens (G-F15): each call hands out a fresh {@code token}; the ones sent in are accepted without a
 *       check. Card numbers must be 12 to 19 digits (no Firstoken token expressions), any expiry passes.
 *       Only consistent mode exists: no doc-literal replay of the examples' mismatched references and
 *       currencies, no {@code correctedNames} switch, no {@code X-Sim-Scenario} header (§6.1), and the card
 *       table is code, not configuration.</li>
 *   <li>Injected faults ({@code PUT /sandbox/firstoken/faults}) answer {@code error} with the reason phrase for
 *       401 and 5xx, {@code fail} for other 4xx ({@link io.threeds.sandbox.firstoken.FirstokenErrors}).</li>
 *   <li>State ({@link io.threeds.sandbox.firstoken.Authentications}): sessions by {@code reference_id} and
 *       step-ups by {@code authentication_transaction_id}, in memory, each bounded by MP Config
 *       {@code sandbox.firstoken.max-authentications} (default 100000). Only masked card numbers are kept.</li>
 * </ul>
 */
package io.threeds.sandbox.firstoken;
