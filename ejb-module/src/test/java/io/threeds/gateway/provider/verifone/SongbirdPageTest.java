package io.threeds.gateway.provider.verifone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.model.BrowserAction;
import io.threeds.gateway.model.HostedPageUrls;
import io.threeds.gateway.provider.SdkPage;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SongbirdPageTest {
    private static final URI SONGBIRD = URI.create("https://songbird.example/edge/v1/songbird.js");
    private static final HostedPageUrls URLS = HostedPageUrls.of("https://gw.example", "a1",
            "0123456789abcdef0123456789abcdef");

    @Test
    void startsSongbirdWithTheJwtAndRelaysToTheCallbacks() {
        SdkPage page = SongbirdPage.of(SONGBIRD, setup(Map.of("jwt", "eyJ.a-b_c", "bin", "400000000")), URLS);
        assertEquals(SONGBIRD, page.sdk());
        assertTrue(page.script().contains("var base = '" + URLS.callbacks() + "';"), page.script());
        assertTrue(page.script().contains("Cardinal.setup('init', {jwt: 'eyJ.a-b_c'});"), page.script());
        assertTrue(page.script().contains("var bin = '400000000';"), page.script());
    }

    @Test
    void aCardEncryptedInTheBrowserHasNoBinToProfile() {
        assertTrue(SongbirdPage.of(SONGBIRD, setup(Map.of("jwt", "j")), URLS).script().contains("var bin = null;"));
    }

    @Test
    void aValueCannotEndTheStringOrTheScriptElement() {
        String script = SongbirdPage.of(SONGBIRD, setup(Map.of("jwt", "x'</script><script>")), URLS).script();
        assertFalse(script.contains("</script>"), script);
        assertTrue(script.contains("{jwt: 'x\\u0027\\u003c/script\\u003e\\u003cscript\\u003e'}"), script);
    }

    private static BrowserAction setup(Map<String, String> fields) {
        return new BrowserAction("SDK_INIT", "SDK", SONGBIRD.toString(), fields, "SDK_MODAL", null);
    }
}
