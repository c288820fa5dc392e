-- Requests per caller per minute (API.md §6, 429): counted in the database so that every instance
-- sees the same count. Old windows are deleted by the housekeeping sweep.
CREATE TABLE rate_window (
    caller        VARCHAR(80)  NOT NULL,
    window_start  TIMESTAMP    NOT NULL,
    requests      INTEGER      NOT NULL,
    PRIMARY KEY (caller, window_start)
);
CREATE INDEX rate_window_start ON rate_window (window_start);
