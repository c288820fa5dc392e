package io.threeds.gateway.merchant;

import io.threeds.gateway.persistence.ApiKey;

/** A key just issued: what is stored (its hash) and the key itself, shown to the caller once. */
public record IssuedKey(ApiKey stored, String secret) {

    /** Never prints the key. */
    @Override
    public String toString() {
        return "IssuedKey[" + stored.getId() + "]";
    }
}
