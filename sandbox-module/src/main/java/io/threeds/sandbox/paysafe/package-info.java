/**
 * The paysafe simulator: Paysafe's 3D Secure API v1 (3-D Secure 1.0.2: enrollment lookup, the issuer's
 * ACS, PaRes validation) and its Card Payments authorisation (PROVIDERS.md §4, the seed's example), under
 * {@code /sandbox/paysafe}.
 *
 * <h2>What it serves</h2>
 * REST, JSON, HTTP Basic authentication with MP Config {@code sandbox.paysafe.api-user} (default
 * {@code sandbox-user}) and {@code sandbox.paysafe.api-password} (default {@code sandbox-password}) on every
 * call, else 401 {@code 5279} ({@link io.threeds.sandbox.BasicCredentials}):
 * <ul>
 *   <li>{@code POST /threedsecure/v1/accounts/{account_id}/enrollmentchecks}: 200 with {@code id},
 *       {@code merchantRefNum}, {@code amount}, {@code currency}, {@code txnTime}, {@code status COMPLETED},
 *       {@code threeDEnrollment}, and for an enrolled card {@code acsURL} (absolute, built from the request's
 *       base URI) and {@code paReq} ({@link io.threeds.sandbox.paysafe.ThreeDSecureResource}).</li>
 *   <li>{@code GET .../enrollmentchecks/{id}}: the same object; 404 {@code 5269} when unknown to the account.</li>
 *   <li>{@code POST .../enrollmentchecks/{enrollment_id}/authentications} (the seed's call): validates the
 *       PaRes once; 200 with {@code id}, {@code merchantRefNum}, {@code threeDResult}, {@code signatureStatus},
 *       {@code status COMPLETED}, {@code cavv} (Y and A), {@code xid}, {@code eci} (Y and A, an integer: 5, 6,
 *       2, 1), {@code txnTime} and the {@code self} link ({@link io.threeds.sandbox.paysafe.Authentication}).</li>
 *   <li>{@code GET /threedsecure/v1/accounts/{account_id}/authentications/{id}}: the same object, at the
 *       self link's shape (G-P4: the request's account, no {@code enrollmentchecks} segment).</li>
 *   <li>{@code POST /cardpayments/v1/accounts/{account_id}/auths}: 200 approved with {@code id},
 *       {@code authCode}, {@code card {type, lastDigits, cardExpiry}}; 402 {@code 3022} when
 *       {@code authentication.threeDResult} or {@code signatureStatus} is {@code N}
 *       ({@link io.threeds.sandbox.paysafe.CardPaymentsResource}).</li>
 * </ul>
 * Browser pages, HTML ({@link io.threeds.sandbox.paysafe.AcsPageResource}): {@code POST /acs} with
 * {@code PaReq}, {@code TermUrl} and {@code MD} (the {@code acsURL}), and {@code POST /acs/answer}, the
 * one-time-code page's form. They end with a page whose form posts {@code PaRes} and {@code MD} to
 * {@code TermUrl}, submitted by script and with a visible "Continue" button.
 *
 * <p>The REST calls, not the pages, are subject to {@code /sandbox/paysafe/faults} (with Paysafe's error
 * envelope, {@link io.threeds.sandbox.paysafe.PaysafeErrors}) and appear in {@code /sandbox/paysafe/calls}
 * with {@code merchantRefNum} as merchant reference and {@code card.cardNum} masked.
 *
 * <h2>Scenarios ({@link io.threeds.sandbox.paysafe.PaysafeScenario})</h2>
 * Paysafe speaks 3-D Secure 1.0.2 only: no frictionless flow, no 3DS Method, no device step, no
 * transStatus R. Every enrolled card goes to the ACS, as 3-D Secure 1.0 requires; a "frictionless" row of
 * SANDBOX.md is an ACS that decides without asking and posts its PaRes back at once (the issuer's
 * risk-based authentication). ECIs are Visa's; a Mastercard (51-55, 2221-2720) gets 02/01 instead; a
 * PaRes N or U has no ECI, as in 3-D Secure 1.0.2, and the gateway derives 07 (00).
 * <table>
 *   <caption>Card to outcome</caption>
 *   <tr><th>Card</th><th>Enrollment</th><th>ACS</th><th>threeDResult, eci</th></tr>
 *   <tr><td>…2701, 4012000033330026, 4000100000000000 (3DS Method), …10001 (device step), 5200000000052701,
 *       any other card</td><td>Y</td><td>answers at once</td><td>Y, 5 (2)</td></tr>
 *   <tr><td>…2719</td><td>Y</td><td>answers at once</td><td>A, 6 (1)</td></tr>
 *   <tr><td>…2925, 5200000000052925</td><td>Y</td><td>answers at once</td><td>N</td></tr>
 *   <tr><td>…2313</td><td>Y</td><td>answers at once</td><td>U</td></tr>
 *   <tr><td>…2537, 5200000000052537, 4000000000055550 (R rows)</td><td>Y</td><td>answers at once</td>
 *       <td>N: the nearest documented outcome, see below</td></tr>
 *   <tr><td>…2503, 4111111111111111 (3DS Method, then challenge), 4000000000000002 (3-D Secure 1.0.2),
 *       5200000000052503</td><td>Y</td><td>one-time-code page</td>
 *       <td>code {@code 1234}: Y, 5 (2); another code: N; cancel: U</td></tr>
 *   <tr><td>…2370</td><td>Y</td><td>one-time-code page</td><td>N whatever the shopper does, cancel included</td></tr>
 *   <tr><td>…2420</td><td>Y</td><td>one-time-code page</td><td>U whatever the shopper does</td></tr>
 *   <tr><td>…2446 (enrollment check error), …2990 (unavailable on lookup)</td><td>U</td><td>none</td>
 *       <td>no PaReq, nothing to validate</td></tr>
 *   <tr><td>…2560 (bypassed)</td><td>N</td><td>none</td><td>no PaReq, nothing to validate</td></tr>
 *   <tr><td>4000000000002354</td><td colspan="3">the enrollment check answers after 15 seconds, then as …2701</td></tr>
 * </table>
 * Rows are SANDBOX.md's exact card numbers ({@link io.threeds.sandbox.TestCardScenario}). The seed names
 * no test card; PROVIDERS.md §4.7's invented last-four rules ({@code 0010} not enrolled, {@code 0028}
 * unknown) and the Y/A/N/U buttons of §6.1 are not offered, since SANDBOX.md's rows and the
 * worldline-shaped code page (code, submit, cancel) are the contract.
 *
 * <h2>Where the nearest documented outcome differs from SANDBOX.md</h2>
 * <ul>
 *   <li>R (…2537, …5550 and the Mastercard twin): 3-D Secure 1.0.2's PARes has no R and Paysafe's
 *       {@code threeDResult} lists none, so the ACS answers N, not authenticated: no liability shift, do not
 *       proceed, as for R; the cardholder message of …5550 has no field to travel in.</li>
 *   <li>3DS Method and device-step rows (4000100000000000, …10001, 4111111111111111): 3-D Secure 1.0 has
 *       neither step; the rows play their outcome after it (Y at once, or the code page).</li>
 *   <li>Enrollment check error (…2446), unavailable (…2990) and bypassed (…2560): the table's transStatus U is
 *       the gateway's reading of {@code threeDEnrollment} U and N; 3-D Secure 1.0's enrollment has no B, so
 *       "bypassed" is N, not enrolled.</li>
 *   <li>Slow provider (…2354): the delay is on the enrollment check, the call the gateway makes first.</li>
 * </ul>
 *
 * <h2>The 3-D Secure 1.0.2 messages</h2>
 * {@code paReq} and {@code PaRes} are real 3-D Secure 1.0.2 messages: base64 of the zlib-deflated XML
 * document ({@link io.threeds.sandbox.ThreeDSecureXml}), built and read with the JDK's
 * {@code javax.xml} and {@code java.util.zip} only, read without DTDs and at most 256 KiB once inflated.
 * <ul>
 *   <li>The PAReq ({@link io.threeds.sandbox.paysafe.PaReq}) carries the merchant (the simulator's acquirer
 *       BIN {@code 400551}, the account as {@code merID}, name, country {@code 826}, {@code merchantUrl}),
 *       the purchase ({@code xid}, date, amount in display and minor units, ISO 4217 numeric currency,
 *       exponent) and the card masked ({@code CH/acctID} {@code ************2503}, expiry {@code YYMM}).
 *       The ACS finds the transaction by its {@code xid}.</li>
 *   <li>The PARes ({@link io.threeds.sandbox.paysafe.PaRes}) echoes merchant and purchase, shows the card as
 *       {@code 0000000000002701}, and its {@code TX} has time and status, plus for Y and A only the CAVV
 *       (base64 of 20 bytes), the two-digit ECI and {@code cavvAlgorithm} ({@code 2}, Mastercard {@code 3}).
 *       {@code <Signature>}, after the {@code <PARes>}, is base64 HMAC-SHA256 over the PARes element's
 *       {@linkplain io.threeds.sandbox.CanonicalXml canonical text}, keyed by MP Config
 *       {@code sandbox.paysafe.acs-signing-key} ({@link io.threeds.sandbox.paysafe.PaResSignature}). A real ACS
 *       signs with XML-DSig and a certificate; the shared key keeps the sandbox self-contained.</li>
 *   <li>XID and CAVV are base64 of 20 random bytes (PROVIDERS.md §6.1; G-P7).</li>
 * </ul>
 *
 * <h2>Validation of a PaRes</h2>
 * A PaRes that does not decode is {@code threeDResult E}, {@code signatureStatus N} (G-P6, strict mode). One
 * whose signature does not match its content (altered) keeps the status it shows, with
 * {@code signatureStatus N}. One whose {@code xid} is another transaction's is {@code E} with its signature
 * as checked; a status outside Y, A, N, U is {@code E}. The {@code xid} answered is always the enrollment's.
 * These are answers (200), not errors: Paysafe reports what the PaRes is worth.
 *
 * <h2>Errors and state</h2>
 * Errors use Paysafe's envelope {@code {"error": {code, message, details, fieldErrors}}}
 * ({@link io.threeds.sandbox.paysafe.PaysafeError}), {@code details} and {@code fieldErrors} always present:
 * <ul>
 *   <li>400 {@code 5068}, one {@code fieldErrors} entry per member ({@link io.threeds.sandbox.paysafe.RequestValidation}):
 *       required members, the seed's lengths ({@code merchantRefNum} 255, {@code paRes} 65536, {@code cavv} 80,
 *       {@code xid} 40), the simulator's own elsewhere ({@code customerIp} 45, {@code userAgent},
 *       {@code acceptHeader} and {@code merchantUrl} 2048, card 12 to 19 digits, known ISO 4217 currency,
 *       integer amount 1 to 99999999999, month 1-12, year 2000-9999, cvv 3-4 digits); also a PaRes sent for
 *       a card that is not enrolled ({@code paRes}), and an authorisation whose {@code authentication.xid}
 *       is no enrollment check of the account ({@code authentication.xid}) or whose card is not that
 *       check's ({@code card.cardNum}).</li>
 *   <li>401 {@code 5279}; 404 {@code 5269} for an unknown enrollment check or authentication.</li>
 *   <li>409 {@code 5031} for a {@code merchantRefNum} an earlier validation or authorisation used (G-P8, one
 *       namespace for the whole simulator), and for a second validation of one enrollment check (G-P10); the
 *       {@code details} say which. The enrollment check itself does not claim its reference: the contract
 *       asks uniqueness of the other two calls only.</li>
 *   <li>402 {@code 3022} for an authorisation with {@code threeDResult N} or {@code signatureStatus N}.</li>
 * </ul>
 * The codes follow Paysafe's published numbering; which situation gets which is the simulator's choice
 * (PROVIDERS.md §4.6). Enrollment checks, with their ACS answer and authentication, live in memory
 * ({@link io.threeds.sandbox.paysafe.Enrollments}, at most {@code sandbox.paysafe.max-enrollments}, default
 * 100000), as do used references ({@link io.threeds.sandbox.paysafe.MerchantRefNums},
 * {@code sandbox.paysafe.max-merchant-ref-nums}, default 100000). The card number is never kept: only its
 * brand, last four digits, length and SHA-256 fingerprint ({@link io.threeds.sandbox.paysafe.EnrolledCard}),
 * and it is never answered, nor is the cvv.
 *
 * <p>Not offered: {@code status FAILED} (no scenario produces it), the {@code eci} PROVIDERS.md §4.3.3
 * mentions on a not-enrolled enrollment answer (the gateway's contract has none), doc-literal mode and
 * the seed's mismatched self-link account (G-P4, G-P6: the simulator is always consistent).
 */
package io.threeds.sandbox.paysafe;
