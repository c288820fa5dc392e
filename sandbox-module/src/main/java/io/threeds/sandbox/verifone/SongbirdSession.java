package io.threeds.sandbox.verifone;

/** A Songbird session opened by {@code Cardinal.setup('init')}: its {@code sessionId} and the BIN last profiled. */
record SongbirdSession(String sessionId, String bin) {

    SongbirdSession profiled(String newBin) {
        return new SongbirdSession(sessionId, newBin);
    }
}
