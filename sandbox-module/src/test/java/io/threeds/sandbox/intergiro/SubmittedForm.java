package io.threeds.sandbox.intergiro;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's form as a plain HTTP client reads it: its action and hidden fields, unescaped; and whether it
 * shows the one-time-code input and a visible submit button.
 */
record SubmittedForm(String action, Map<String, String> fields, boolean asksForCode, boolean hasSubmitButton,
                     boolean submitsItself) {
    private static final Pattern ACTION = Pattern.compile("<form [^>]*method=\"post\" action=\"([^\"]*)\">");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");

    static SubmittedForm of(String html) {
        Matcher action = ACTION.matcher(html);
        if (!action.find()) {
            throw new AssertionError("no form in " + html);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(html);
        while (hidden.find()) {
            fields.put(unescape(hidden.group(1)), unescape(hidden.group(2)));
        }
        return new SubmittedForm(unescape(action.group(1)), fields, html.contains("name=\"otp\""),
                html.contains("<button type=\"submit\""), html.contains(".submit();</script>"));
    }

    String field(String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new AssertionError("no field " + name + " in " + fields);
        }
        return value;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
