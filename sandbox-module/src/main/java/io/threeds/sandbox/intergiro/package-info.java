/**
 * The intergiro simulator: Intergiro's card API with its "verification required" flows, run by the
 * 3dsecure.io sandbox ACS (PROVIDERS.md §2, the seed), under {@code /sandbox/intergiro}.
 *
 * <h2>What it serves</h2>
 * <ul>
 *   <li>{@code POST /v1/authorization} ({@link io.threeds.sandbox.intergiro.AuthorizationResource}), with
 *       {@code Authorization: Bearer <key>} (MP Config {@code sandbox.intergiro.api-key}, default
 *       {@code sandbox-intergiro-key}), else 401 {@code {"status":401,"type":"not authorized","error":"missing
 *       or invalid api key"}}. A first POST opens an authorization cycle; each re-POST with the cycle's
 *       {@code id} continues it (PROVIDERS.md §2.4.5). Answers:
 *       <ul>
 *         <li>400 "verification required" ({@link io.threeds.sandbox.intergiro.VerificationRequired}), the
 *             seed's shape, always with the cycle's {@code id}, the same in every round;</li>
 *         <li>201 {@code Authorization} ({@link io.threeds.sandbox.intergiro.AuthorizationDocument});</li>
 *         <li>400 in the seed's error shape about the card, with the cycle's {@code id}, after a challenge or
 *             3-D Secure 1.0 result other than Y or A ({@link io.threeds.sandbox.intergiro.VerificationFailed},
 *             "authentication failed", G-I10);</li>
 *         <li>400 "invalid id" ({@code content.property "id"}) for an id never issued, a finished cycle, or
 *             another merchant {@code number};</li>
 *         <li>400 "verification invalid" ({@code content.property "card"}) for a re-POST that does not answer
 *             the pending step ({@link io.threeds.sandbox.intergiro.VerificationCheck});</li>
 *         <li>400 "invalid {@code <property>}" for malformed content
 *             ({@link io.threeds.sandbox.intergiro.RequestValidation}), and for a re-POST whose amount or
 *             currency differs from the cycle's ({@code amount}).</li>
 *       </ul></li>
 *   <li>Browser pages, HTML, never cached, every value escaped, each form usable by a headless browser
 *       and by an HTTP client (auto-posted forms also show a Continue button):
 *       <ul>
 *         <li>{@code POST /3dsmethod} (form {@code threeDSMethodData}) posts {@code threeDSMethodData} =
 *             base64url {@code {"threeDSServerTransID"}} to the notification URL;</li>
 *         <li>{@code POST /browser/challenge/manual} (form {@code creq}) shows the one-time-code page, whose
 *             answer goes to {@code .../manual/answer}, or, when the issuer decides alone, posts {@code cres}
 *             to the callback at once;</li>
 *         <li>{@code POST /v1/ch3d1sim/acs} (form {@code PaReq}, {@code TermUrl}, {@code MD}) shows the
 *             one-time-code page, whose answer ({@code .../acs/answer}) posts {@code PaRes} and {@code MD}
 *             to {@code TermUrl}; the PaRes is what a real ACS posts, a deflated XML PARes in base64
 *             ({@link io.threeds.sandbox.intergiro.PaRes}), which the API decodes itself;</li>
 *         <li>{@code GET /v1/verification/redirect?target=&origin=&v=} posts {@code card=<card token>} to
 *             {@code origin} ({@link io.threeds.sandbox.intergiro.AntifraudGuard}).</li>
 *       </ul>
 *       The code is {@code 1234}: it gives the scenario's success; another code its failure; Cancel gives U.
 *       A challenge is decided once: a second answer, or the page of a decided challenge, is a 400 page.</li>
 * </ul>
 * The REST calls, not the pages, are subject to {@code /sandbox/intergiro/faults} and appear in
 * {@code /sandbox/intergiro/calls} (merchant reference {@code number}, card {@code card.pan} masked).
 *
 * <h2>Scenarios ({@link io.threeds.sandbox.intergiro.IntergiroScenario})</h2>
 * <table>
 *   <caption>Card to flow</caption>
 *   <tr><th>Card</th><th>Flow</th><th>Gateway reads (§7.9.2)</th></tr>
 *   <tr><td>…2701, 4012000033330026, 4000100000000000, 5200000000052701, any other card</td>
 *       <td>method, then 201</td><td>Y, inferred</td></tr>
 *   <tr><td>…2719</td><td>method, challenge the ACS decides alone: CRes A, then 201</td><td>A</td></tr>
 *   <tr><td>…2925, 5200000000052925</td><td>method, challenge decided alone: CRes N, then the failed verification</td><td>N</td></tr>
 *   <tr><td>…2313</td><td>as …2925 with CRes U</td><td>U</td></tr>
 *   <tr><td>…2537, 5200000000052537, …55550</td><td>as …2925 with CRes R</td><td>R</td></tr>
 *   <tr><td>…2503, 4111111111111111 (the seed's card), 5200000000052503</td>
 *       <td>method, one-time-code challenge: 1234 Y then 201; another code N, Cancel U, then the failed verification</td>
 *       <td>Y / N / U</td></tr>
 *   <tr><td>…2370</td><td>as …2503, but every code gives N (Cancel U)</td><td>N</td></tr>
 *   <tr><td>…2420</td><td>as …2503, but every answer gives U</td><td>U</td></tr>
 *   <tr><td>…10001</td><td>antifraud GET step, then the method with the card token as the card, then 201</td>
 *       <td>Y, inferred</td></tr>
 *   <tr><td>4000000000000002</td><td>3-D Secure 1.0 PaReq, one-time-code page: 1234 PaRes Y, ECI {@code 05},
 *       then 201; another code PaRes N; Cancel PaRes U; both then the failed verification</td>
 *       <td>Y inferred / E, v1.0.2: the gateway does not read the PaRes</td></tr>
 *   <tr><td>…2446, …2990, …2560</td><td>201 on the first call, no verification</td><td>U, not applicable</td></tr>
 *   <tr><td>…2354</td><td>the first POST answers after {@code sandbox.intergiro.slow-answer-ms} (default
 *       15000), then as …2701</td><td>time-out: E</td></tr>
 * </table>
 * Cards are matched exactly on SANDBOX.md's numbers. The seed's other test data (§2.7: {@code 5555550000004444},
 * the {@code 9000…}/{@code 9001…} cards) is not honoured: none is a valid card number, and SANDBOX.md asks for
 * seed data only where it is one; those numbers get the default flow. No Luhn check is made.
 *
 * <h2>Where the table's outcome is reached differently</h2>
 * <ul>
 *   <li>Frictionless A, N, U and R (…2719, …2925, …2313, …2537, …55550 and the twins): Intergiro never
 *       returns a transStatus to the merchant; a 201 after the method can only be read as an inferred Y, and
 *       a bare error as E. The nearest documented outcome that carries the result is a challenge whose ACS
 *       decides without the shopper (like 3dsecure.io's auto-submit challenge cards, §2.7): the CRes arrives
 *       through the browser with that transStatus, then 201 for A or the failed verification. The gateway
 *       therefore sees a silent challenge step for these rows, not a frictionless flow; having no user
 *       interaction, it is announced with {@code visible: false} (001:9), to run in a hidden iframe.</li>
 *   <li>…55550's message for the cardholder has no place in Intergiro's answers; it behaves as …2537 (R).</li>
 *   <li>Enrollment error, "unavailable on lookup" and bypass (…2446, …2990, …2560): Intergiro authorizes
 *       without 3-D Secure and says nothing else, so the gateway reads U as "not applicable".</li>
 *   <li>…2354: the slow answer is the first POST's only; the gateway is expected to time out before it.</li>
 *   <li>3-D Secure 1.0 (4000000000000002): the PaRes, with its status, ECI and CAVV, is for Intergiro only;
 *       its 201 carries no result, so the gateway infers Y (no ECI, no liability shift) and reads a failure
 *       as E. Visa ECIs apply everywhere except Mastercard (51-55, 2221-2720), whose PaRes carries
 *       {@code 02}/{@code 01}; SANDBOX.md has no Mastercard 3-D Secure 1.0 card.</li>
 * </ul>
 *
 * <h2>Gaps and choices (PROVIDERS.md §2.8)</h2>
 * <ul>
 *   <li>G-I1: path {@code /v1/authorization}, Bearer key, as Intergiro's portal.</li>
 *   <li>G-I2: the method page takes {@code threeDSServerTransID} or the seed's {@code threeDSMethodData} key for
 *       the id, and any id (an EMV method runs before the ACS knows the transaction).</li>
 *   <li>G-I3: the challenge page requires {@code messageType "CReq"} and the ids of a cycle waiting for its
 *       challenge; no doc-literal mode accepts the seed's CRes-shaped creq.</li>
 *   <li>G-I4: {@code messageVersion} is {@code 2.2.0} in every error and CRes; the version of a CReq is not
 *       checked; the method data's must be the error's (001:82).</li>
 *   <li>G-I5, G-I6: every error has the cycle's {@code id}; one {@code threeDSServerTransID} and one
 *       {@code acsTransID} per cycle.</li>
 *   <li>G-I7: a method re-POST is accepted whether the notification came or not. Its data is exactly the
 *       seed's {@code {threeDSServerTransID, messageVersion}} (001:100-103): anything more, such as
 *       {@code threeDSCompInd}, is refused.</li>
 *   <li>G-I8: the 3-D Secure 1.0 page posts {@code PaRes} and {@code MD} to the {@code TermUrl} it received,
 *       which the error sets to the request's {@code client.callback}.</li>
 *   <li>G-I9: the card token the antifraud step gives is the card of every later round (001:317-323); a
 *       round that must carry a verification sends {@code card: {token, verification}} (our assumption: the
 *       seed's "Card update" for tokens, 001:108, is not documented). A card token is taken only after the
 *       antifraud step, and a first POST with one is malformed content.</li>
 *   <li>G-I10: a failed verification is the seed's error shape about the card (001:19-39) with the words
 *       "authentication failed", ours, not PROVIDERS.md's proposed "verification failed", so that a gateway
 *       keyed on words rather than on the documented shape fails here.</li>
 *   <li>G-I11: the PaReq and PaRes are consistent with the cycle (card number, expiry, minor-unit amount
 *       and the currency's exponent, last 4 digits, xid; ECI and CAVV for Y and A only). The PaReq keeps the
 *       seed's shape (base64url JSON of Intergiro's 3DS1 simulator, 001:223): the seed's
 *       {@code exponent "false"} is read as an example value and replaced by the currency's decimals;
 *       {@code cardType "1"}, {@code deviceCategory "0"} and {@code merchantID} are kept. It carries the
 *       full card number, as a PAReq does and the seed shows. The PaRes is a real ACS's instead of the
 *       seed's JSON (001:262), so that a gateway that reads it, rather than relaying it, fails here.</li>
 *   <li>G-I13: {@code number}, {@code amount} (major units) and {@code currency} are required; the 201's
 *       merchant is {@code sandbox}, its id a new 16-character base64url id (not the cycle's), its
 *       {@code reference} 12 digits, its {@code card.scheme} {@code visa}, {@code mastercard} or, for other
 *       brands, {@code unknown}; {@code card.type} is always {@code credit}; {@code card.csc} is {@code matched}
 *       when the request had a security code and absent when not: the seed shows one in every card (001:97)
 *       but never requires it, so {@code card.csc} is optional.</li>
 *   <li>G-I14: the callback fields are exactly {@code threeDSMethodData}, {@code cres}, {@code PaRes} (with
 *       {@code MD}) and {@code card}.</li>
 *   <li>A re-POST includes every field of the previous call as it was (001:92, 188, 269, 320, 329-332):
 *       every member but {@code id} and {@code card} is compared ({@code amount} as a number), the first
 *       one left out or changed is malformed content; the card must be the previous call's, updated with
 *       the verification only, else "verification invalid". {@code client.callback} therefore stays the
 *       same for the whole cycle.</li>
 *   <li>Encodings: base64url without padding, as 3dsecure.io writes; reading accepts padding and the
 *       standard alphabet ({@link io.threeds.sandbox.intergiro.Base64UrlJson}).</li>
 *   <li>The challenge page has only the one-time code and Cancel, not §2.9's per-status buttons: SANDBOX.md's
 *       rows fix each outcome.</li>
 *   <li>Antifraud: the seed's redirect URL names no cycle, so its {@code target} (the 3DS URL) is
 *       {@code <base>/intergiro/3ds/<threeDSServerTransID>}; nothing is served there. The card token
 *       (RS256, key pair made at start-up, {@link io.threeds.sandbox.intergiro.CardTokens}) carries an opaque
 *       {@code enc}, never the card number, and is valid for its own cycle only.</li>
 * </ul>
 *
 * <h2>State</h2>
 * Cycles live in memory ({@link io.threeds.sandbox.intergiro.Cycles}), keyed by cycle id and findable by
 * {@code threeDSServerTransID} and {@code xid}, at most {@code sandbox.intergiro.max-cycles} (default 100000).
 * A cycle keeps no card number: first 6 and last 4 digits, expiry, the previous call's other fields, and a
 * SHA-256 fingerprint of its card ({@link io.threeds.sandbox.intergiro.RequestFields}) to recognise the card
 * in re-POSTs.
 */
package io.threeds.sandbox.intergiro;
