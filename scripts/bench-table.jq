# Gatling's js/stats.js (converted to JSON by bench.sh) as the README's table: one row per level of concurrent clients, the gateway's
# create beside the same request sent straight to the simulator. Gatling's statistics per request name
# ("gateway 16", "direct 16"); the percentiles are its defaults (50, 75, 95, 99). Throughput is the
# answered creates over the level's closed-model duration ($seconds).
[.contents[] | .stats | walk(if type == "string" and test("^[0-9.]+$") then tonumber else . end)] as $rows
| ($rows | map({key: .name, value: .}) | from_entries) as $by
| "| clients | gateway creates/s | gateway p50 / p95 / p99 ms | direct p50 / p95 / p99 ms | overhead p50 / p95 ms | failed |",
  "|---|---|---|---|---|---|",
  ($rows | map(select(.name | startswith("gateway "))) | sort_by(.name | ltrimstr("gateway ") | tonumber)[]
   | (.name | ltrimstr("gateway ")) as $n | $by["direct " + $n] as $d
   | "| \($n) | \(.numberOfRequests.ok / $seconds | floor) | \(.percentiles1.total) / \(.percentiles3.total) / \(.percentiles4.total) | \($d.percentiles1.total) / \($d.percentiles3.total) / \($d.percentiles4.total) | \(.percentiles1.total - $d.percentiles1.total) / \(.percentiles3.total - $d.percentiles3.total) | \(.numberOfRequests.ko + $d.numberOfRequests.ko) |")
