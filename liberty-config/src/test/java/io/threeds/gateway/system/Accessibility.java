package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's Selenium binding, which injects axe itself, whatever the page's CSP) on the page
 * the browser shows: no serious or critical violation of WCAG 2.x A and AA. A provider's or issuer's
 * frame is theirs, not ours, and is left out.
 */
final class Accessibility {
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {
    }

    static void assertNoSeriousViolation(WebDriver browser) {
        Results results = new AxeBuilder().disableIframeTesting()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .analyze(browser);
        assertFalse(results.isErrored(), results.getErrorMessage());
        assertEquals(List.of(), results.getViolations().stream().filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
                        .map(node -> node.getHtml()).toList())
                .toList(), "axe-core on " + browser.getCurrentUrl());
    }
}
