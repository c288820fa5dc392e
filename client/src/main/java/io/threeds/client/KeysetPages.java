package io.threeds.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a keyset-paginated list item by item, fetching the next page only when the previous one is used
 * up: {@code KeysetPages.stream(cursor -> audit.events(null, merchantId, null, null, null, null, 500, cursor))}.
 * The first page is fetched with a null cursor; the walk ends at a page without {@code nextCursor}.
 */
public final class KeysetPages<T> implements Iterator<T> {
    private final Function<String, ? extends Page<T>> fetch;
    private Iterator<T> current = List.<T>of().iterator();
    private String cursor;
    private boolean last;

    private KeysetPages(Function<String, ? extends Page<T>> fetch) {
        this.fetch = fetch;
    }

    public static <T> Iterator<T> iterator(Function<String, ? extends Page<T>> fetch) {
        return new KeysetPages<>(fetch);
    }

    public static <T> Stream<T> stream(Function<String, ? extends Page<T>> fetch) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(fetch),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && !last) {
            Page<T> page = fetch.apply(cursor);
            String next = page.nextCursor();
            if (next != null && next.equals(cursor)) {
                throw new IllegalStateException("the gateway returned the same cursor again: " + next);
            }
            current = Objects.requireNonNullElse(page.items(), List.<T>of()).iterator();
            cursor = next;
            last = next == null;
        }
        return current.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }
}
