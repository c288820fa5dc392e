package io.threeds.shop;

/** The shop's pages: one layout, and every value placed in them escaped. */
final class Html {
    private Html() {
    }

    static String escape(Object value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toString().toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A page; {@code refreshSeconds} above 0 reloads it, while the shop waits for the gateway. */
    static String page(String title, int refreshSeconds, String body) {
        String refresh = refreshSeconds > 0 ? "<meta http-equiv=\"refresh\" content=\"" + refreshSeconds + "\">" : "";
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">%s
                <title>%s</title>
                <style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem}
                label{display:block;margin:.75rem 0 .25rem}input{font:inherit;padding:.4rem;width:100%%}
                button{font:inherit;margin-top:1rem;padding:.5rem 1.5rem}dt{font-weight:bold}</style>
                </head><body><h1>%s</h1>
                %s
                </body></html>
                """.formatted(refresh, escape(title), escape(title), body);
    }
}
