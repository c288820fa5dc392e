/**
 * Moving stored encrypted values to the newest data key ({@link io.threeds.gateway.keyrotation.Reencryption}),
 * so that an old key can leave the keyring once nothing needs it.
 */
package io.threeds.gateway.keyrotation;
