/**
 * The verifone simulator: Verifone's server-to-server payments with 3-D Secure, Cardinal underneath
 * (PROVIDERS.md §1, the seed), under {@code /sandbox/verifone}.
 *
 * <h2>SANDBOX KEYS: public test data, never real</h2>
 * The secure card capture key pair {@code sandbox-key-1} is committed in this package's resources:
 * {@code sandbox-key-1.pub.asc} (the armoured public key; the gateway team copies this file) and
 * {@code sandbox-key-1.sec.asc} (the armoured secret key, deliberately NOT protected by a passphrase).
 * Everyone with the repository can decrypt what is encrypted to it: use it with test cards only, never
 * configure it anywhere real. It is RSA-3072, generated once by hand with the test-source
 * {@code SandboxKeyPairGenerator} (not at build time). Bouncy Castle's lightweight API only.
 *
 * <h2>REST API ({@code @ProviderApi("verifone")}: faults and call log, merchant reference {@code merchant_reference})</h2>
 * JSON {@code POST}; HTTP Basic with MP Config {@code sandbox.verifone.api-user} (default {@code sandbox-user})
 * and {@code sandbox.verifone.api-key} (default {@code sandbox-verifone-key}), else 401 (G-V13,
 * {@link io.threeds.sandbox.verifone.ApiCredentials}). Errors (G-V14) are {@code {"error_no","error_desc"}}:
 * 400 {@code "1000"} for a missing or malformed field, an unknown {@code public_key_alias} or an
 * {@code encrypted_card} that cannot be decrypted; 400 {@code "1001"} for a {@code device_info_id} Songbird
 * never issued; 401 {@code "401"}; injected faults {@code "<status>"} ({@link io.threeds.sandbox.verifone.VerifoneErrors}).
 * <ul>
 *   <li>{@code /oidc/3ds-service/v2/jwt/create} {@code {"threads_contract_id"}} ({@code threeds_contract_id}
 *       accepted too, G-V1) → {@code {"threads_contract_id","jwt"}}: HS256 with {@code sandbox.verifone.jwt-secret}
 *       (default {@code sandbox-verifone-jwt-secret}), claims {@code jti, iss, OrgUnitId, Payload {}, iat, exp
 *       (iat + 7200)}, spent by Songbird's init ({@link io.threeds.sandbox.verifone.SongbirdTokens}).</li>
 *   <li>{@code /oidc/3ds-service/v2/lookup} (§1.3.2; {@code amount} minor units, {@code currency_code} alpha-3
 *       or numeric-3) → {@code transaction_id} (20 alphanumerics), {@code authentication_id}, {@code order_id}
 *       (16 digits), {@code enrolled}, {@code pares_status}, {@code challenge_required} ({@code "Y"} exactly when
 *       {@code pares_status} is C, G-V3), {@code signature_verification}, {@code eci_flag}, {@code cavv} (Y, A:
 *       base64 of 20 bytes, G-V4), {@code ds_transaction_id} (when enrolled Y), for C also {@code acs_url}
 *       (absolute), {@code payload} (base64 without padding of the CReq), {@code acs_transaction_id} (= the
 *       CReq's {@code acsTransID}), then {@code card_brand} ({@code Visa}, {@code Mastercard}, {@code Unknown};
 *       G-V9), {@code threads_version "2.2.0"}, {@code error_no}, {@code error_desc}
 *       ({@link io.threeds.sandbox.verifone.ThreeDSecureService}).</li>
 *   <li>{@code /oidc/api/v2/transactions/card} (§1.3.3) → the documented response; {@code pares_status} N or R
 *       or {@code signature_verification} N: HTTP 200 {@code status "DECLINED"}, {@code reason_code "05"}
 *       ({@link io.threeds.sandbox.verifone.CardTransactions}).</li>
 * </ul>
 *
 * <h2>Browser stand-ins (not {@code @ProviderApi}; {@code Access-Control-Allow-Origin: *})</h2>
 * <ul>
 *   <li>{@code GET /verifone.js}: {@code verifone.getEncryptedCardDetails(card, encryptionKey)} → Promise
 *       {@code {encryptedCard}}, by {@code POST /secure-card-capture/encrypt} {@code {"cardNumber","expiryMonth",
 *       "expiryYear","cvv"}} → {@code {"encryptedCard"}}: the simulator encrypts (to {@code sandbox-key-1},
 *       whatever {@code encryptionKey} says); {@code GET /secure-card-capture/keys/sandbox-key-1} serves the
 *       public key, {@code text/plain}.</li>
 *   <li>{@code GET /edge/v1/songbird.js}: {@code window.Cardinal} with {@code configure}, {@code on}, {@code off},
 *       {@code setup('init', {jwt})} ({@code POST /songbird/init} {@code {"jwt"}} → {@code {"sessionId":"0_<uuid>"}},
 *       then {@code payments.setupComplete({sessionId, modules:[{module:"CCA",loaded:true}]})}; a bad, expired or
 *       reused JWT: 400 {@code {Validated:false, ActionCode:"ERROR", ErrorNumber:1010, ErrorDescription}}, given
 *       to {@code payments.validated(data, null)}, and no setupComplete, G-V16), {@code trigger('bin.process', bin)}
 *       ({@code POST /songbird/bin} {@code {"sessionId","bin"}} → {@code {"Status"}}), {@code continue('cca',
 *       {AcsUrl, Payload}, {OrderDetails:{TransactionId}})} (deferred until setupComplete: a fixed-position modal
 *       with the iframe {@code cardinal-challenge}, loaded by a POST of {@code creq} and {@code TransactionId}),
 *       and {@code start}, a no-op that warns (G-V10). The scripts post {@code text/plain} JSON, which needs no
 *       CORS preflight.</li>
 *   <li>{@code POST /acs/challenge}: the code page ({@code otp} "One-time code", {@code action=submit|cancel});
 *       {@code POST /acs/challenge/answer} decides once (a second answer: 400 page), keeps the result by
 *       {@code transaction_id} ({@code GET /acs/challenge/result/{transactionId}}, for tests) and answers a page
 *       holding {@code {"MessageType":"cardinal.validated","data","jwt"}} in
 *       {@code <script type="application/json" id="cardinal-result">} that it posts to the parent as a JSON
 *       string; songbird.js accepts it only from the simulator's origin and fires {@code payments.validated(data,
 *       jwt)}. {@code data} is Cardinal's shape (§1.4.3): {@code Validated, ActionCode, ErrorNumber,
 *       ErrorDescription, Payment {Type "CCA", ProcessorTransactionId (= transaction_id), ExtendedData {Amount,
 *       CAVV (Y only), CurrencyCode (numeric), ECIFlag, ThreeDSVersion "2.2.0", PAResStatus (G-V2),
 *       SignatureVerification "Y"}}}, with {@code Type}, {@code ExtendedData}, {@code ProcessorTransactionId} also
 *       at the top; {@code jwt} is HS256 with {@code sandbox.verifone.jwt-secret}, claims {@code jti, iat, exp
 *       (iat + 7200), iss, aud} (the lookup's contract id) and {@code Payload} = data (G-V6).</li>
 * </ul>
 * Error pages are sent as bytes: Liberty HTML-escapes a 400 {@code text/html} String entity.
 *
 * <h2>Scenarios ({@link io.threeds.sandbox.verifone.VerifoneScenario}, Cardinal's table as at firstoken, §1.8)</h2>
 * ECIs are Visa's; a Mastercard gets 02/01/00 and {@code card_brand "Mastercard"}.
 * <table>
 *   <caption>Card to outcome</caption>
 *   <tr><th>Card</th><th>Lookup</th><th>Challenge</th></tr>
 *   <tr><td>…2701, 4012000033330026, 4000100000000000, …10001, 5200000000052701, any other</td>
 *       <td>enrolled Y, Y, 05, CAVV</td><td>none</td></tr>
 *   <tr><td>…2719</td><td>enrolled Y, A, 06, CAVV</td><td>none</td></tr>
 *   <tr><td>…2925, 5200000000052925</td><td>enrolled Y, N, 07</td><td>none</td></tr>
 *   <tr><td>…2313</td><td>enrolled Y, U, 07</td><td>none</td></tr>
 *   <tr><td>…2537, …55550, 5200000000052537</td><td>enrolled Y, R, 07</td><td>none</td></tr>
 *   <tr><td>…2990</td><td>enrolled U, blank, 07, {@code signature_verification N}</td><td>none</td></tr>
 *   <tr><td>…2446</td><td>as …2990 with {@code error_no "1001"}, {@code error_desc} "Error processing the
 *       enrollment check" (HTTP 200)</td><td>none</td></tr>
 *   <tr><td>…2560</td><td>enrolled B, blank, 07, {@code signature_verification N}</td><td>none</td></tr>
 *   <tr><td>…2503, 4111111111111111, 4000000000000002, 5200000000052503</td><td>enrolled Y, C, 07</td>
 *       <td>1234: SUCCESS, Y, 05, CAVV; other code: FAILURE, N, 07; exit: FAILURE, ErrorNumber 10011 "Canceled by
 *       user", {@code Validated false}, PAResStatus U, 07</td></tr>
 *   <tr><td>…2370</td><td>as …2503</td><td>FAILURE, N, 07 whatever the answer</td></tr>
 *   <tr><td>…2420</td><td>as …2503</td><td>NOACTION, U, 07 whatever the answer</td></tr>
 *   <tr><td>…2354</td><td>answers after MP Config {@code sandbox.verifone.time-out-delay-ms} (default 15000,
 *       {@code Thread.sleep}), then as …2701</td><td>none</td></tr>
 * </table>
 *
 * <h2>Choices</h2>
 * <ul>
 *   <li>Verifone's mechanism has no 3DS Method or 3-D Secure 1.0 step of its own: Songbird's BIN profiling is
 *       the device step (recorded, not required), so 4000100000000000 and …10001 are frictionless and
 *       4000000000000002 is the 2.2.0 challenge.</li>
 *   <li>…2446 reuses {@code "1001"}, the number the brief gives an unknown session; the HTTP status tells them
 *       apart (200 with a lookup result, 400 refusal). A gateway following G-V14 reads it as an error.</li>
 *   <li>Only consistent mode (§6.1): no doc-literal {@code challenge_required "N"}, no corrected-names switch, no
 *       {@code X-Sim-Scenario} header; the card table is code. {@code threads_} spellings are always emitted.</li>
 *   <li>{@code encrypted_card}: base64 of the armoured message; the bare armoured message is accepted too.
 *       The card inside is {@code {"cardNumber","expiryMonth","expiryYear","cvv"?}}, 12-19 digits, month 1-12.</li>
 *   <li>The payment authorises without {@code threed_authentication}, and with U, blank or A results (the
 *       liability simply stays or shifts); its {@code auto_capture} is false for {@code capture_now false} or
 *       {@code auth_type PRE_AUTH}.</li>
 *   <li>State ({@link io.threeds.sandbox.verifone.CardinalMemory}): spent JWT ids, Songbird sessions and
 *       challenges, in memory, each bounded by {@code sandbox.verifone.max-entries} (default 100000). Only masked
 *       card numbers are kept.</li>
 * </ul>
 */
package io.threeds.sandbox.verifone;
