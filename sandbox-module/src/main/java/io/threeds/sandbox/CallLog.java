package io.threeds.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The last {@value #CAPACITY} API calls each simulator received, newest first. */
@ApplicationScoped
public class CallLog {
    public static final int CAPACITY = 1000;

    private final ConcurrentMap<String, Deque<RecordedCall>> calls = new ConcurrentHashMap<>();

    public void record(String provider, RecordedCall call) {
        Deque<RecordedCall> log = calls.computeIfAbsent(provider, id -> new ArrayDeque<>());
        synchronized (log) {
            log.addFirst(call);
            if (log.size() > CAPACITY) {
                log.removeLast();
            }
        }
    }

    public List<RecordedCall> latest(String provider, int limit) {
        Deque<RecordedCall> log = calls.get(provider);
        if (log == null) {
            return List.of();
        }
        synchronized (log) {
            return log.stream().limit(limit).toList();
        }
    }
}
