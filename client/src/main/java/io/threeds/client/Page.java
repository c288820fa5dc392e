package io.threeds.client;

import java.util.List;

/** One page of a keyset-paginated list: pass {@code nextCursor} as {@code cursor}; null on the last page. */
public interface Page<T> {
    List<T> items();

    String nextCursor();
}
