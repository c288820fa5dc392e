package io.threeds.sandbox;

/**
 * The frame of a simulated browser page (ACS, redirect, device data) and the escaping every value
 * written into one must go through. Pages are plain HTML5 forms so that a headless browser and an HTTP
 * client that parses forms can both drive them.
 */
public final class HtmlPage {
    public static final String MEDIA_TYPE = "text/html; charset=UTF-8";

    private HtmlPage() {
    }

    /** Escapes text for an element's content or a quoted attribute value. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A complete document; {@code body} is markup its caller built with {@link #escape(String)}. */
    public static String document(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                body { font-family: sans-serif; margin: 2em auto; max-width: 32em; color: #222; }
                label, input, button { font-size: 1em; }
                input { padding: .3em; margin: .5em 0; }
                button { padding: .4em 1em; margin-right: .5em; }
                .note { color: #666; font-size: .9em; }
                </style>
                </head>
                <body>
                <main>
                %s
                </main>
                </body>
                </html>
                """.formatted(escape(title), body);
    }
}
