/**
 * EMV 3-D Secure vocabulary shared by every provider mapping: transStatus, ECI normalisation and
 * class, flow, recommended action and the liability-shift rule of PROVIDERS.md §7.6 and §7.7. The
 * enums an authentication stores (transStatus, flow, recommended action, status source) are built in
 * persistence-module, in this same package, so that its entity can hold them.
 */
package io.threeds.gateway.emv;
