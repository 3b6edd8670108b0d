"""The measuring half of bench/governance/run (see there). Prints each figure with its ratio or target."""
import csv
import hashlib
import http.client
import io
import json
import os
import statistics
import struct
import subprocess
import sys
import threading
import time
import uuid
from datetime import datetime, timezone

decisions, clients, pg_tps = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
audit_target, report_decisions = int(sys.argv[4]), int(sys.argv[5])
revops, sales_leader, admin = sys.argv[6], sys.argv[7], sys.argv[8]
url = os.environ["BENCH_URL"]
db = os.environ["BENCH_DB"]
host, port = url.replace("http://", "").split(":")
local = threading.local()


def call(method, path, token, body=None, expect=(200, 201)):
    if not hasattr(local, "conn"):
        local.conn = http.client.HTTPConnection(host, int(port), timeout=60)
    headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
    local.conn.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
    response = local.conn.getresponse()
    data = response.read()
    if response.status not in expect:
        raise SystemExit(f"{method} {path}: {response.status} {data[:300]!r}")
    return json.loads(data)


def parallel(items, work):
    """Runs work(item) on `clients` threads; returns (wall seconds, sorted latencies)."""
    latencies, lock, queue = [], threading.Lock(), list(items)

    def worker():
        while True:
            with lock:
                if not queue:
                    return
                item = queue.pop()
            started = time.perf_counter()
            work(item)
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - started, sorted(latencies)


def pct(latencies, p):
    return latencies[min(len(latencies) - 1, int(len(latencies) * p))] * 1000


def psql(sql, user="governance_service", stdin=None):
    return subprocess.run(["psql", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-U", user, "-d", db, "-c", sql],
                          input=stdin, capture_output=True, text=True, check=True).stdout.strip()


run = uuid.uuid4().hex[:8]
tools = []
lock = threading.Lock()


def register(i):
    tool = call("POST", "/api/ai-tools", revops, {
        "name": f"Tool {run}-{i}", "vendor": f"Vendor {run}", "category": "SALES_ENGAGEMENT",
        "useCases": ["Sequencing"], "dataCategories": ["CUSTOMER_PERSONAL_DATA"], "ownerRole": "sales-leader",
        "skillKeys": ["ai-literacy"]})
    with lock:
        tools.append(tool["id"])


# warm-up: the first requests pay for class loading and the JIT
for i in range(300):
    register(-1 - i)
    call("POST", "/api/decisions", revops, {"toolId": tools[-1], "decisionType": "SELECT_TOOL",
                                             "businessCase": "warm-up"})
tools.clear()

wall, _ = parallel(range(decisions), register)
print(f"{'register tool':<34} {decisions / wall:>8.0f} /s")
opened = []


def request(tool_id):
    decision = call("POST", "/api/decisions", revops, {
        "toolId": tool_id, "decisionType": "SELECT_TOOL", "businessCase": "Reps lose 5 hours a week to sequencing",
        "scores": {"value": 4, "security": 3}})
    with lock:
        opened.append(decision["id"])


wall, latencies = parallel(tools, request)
print(f"{'request decision (+1 audit entry)':<34} {decisions / wall:>8.0f} /s   p99 {pct(latencies, 0.99):6.1f} ms")


# --- the same transaction in SQL alone (pgbench, no HTTP, JSON or JVM): lock the decision, update it and the
# tool, two outbox rows, two audit records (no chain lock: the service's background sealer chains them meanwhile).
psql("CREATE TABLE governance.bench_decision AS SELECT row_number() OVER (ORDER BY id) AS k, id, tool_id FROM governance.decision "
     "WHERE status = 'OPEN'; CREATE UNIQUE INDEX ON governance.bench_decision (k)")
script = os.path.join(os.environ["BENCH_WORK"], "decide.sql")
with open(script, "w") as f:
    f.write(f"""\\set k random(1, {len(opened)})
BEGIN;
SELECT d.id FROM governance.decision d JOIN governance.bench_decision b ON b.id = d.id WHERE b.k = :k FOR UPDATE OF d;
SELECT count(*) FROM governance.decision_input WHERE decision_id = (SELECT id FROM governance.bench_decision WHERE k = :k);
SELECT t.id FROM governance.ai_tool t JOIN governance.bench_decision b ON b.tool_id = t.id WHERE b.k = :k FOR UPDATE OF t;
UPDATE governance.decision SET updated_at = now(), version = version + 1 WHERE id = (SELECT id FROM governance.bench_decision WHERE k = :k);
UPDATE governance.ai_tool SET updated_at = now(), version = version + 1 WHERE id = (SELECT tool_id FROM governance.bench_decision WHERE k = :k);
INSERT INTO governance.outbox_event (id, type, payload, occurred_at)
  SELECT gen_random_uuid(), 'pgbench', jsonb_build_object('type', t, 'outcome', 'APPROVED'), now() FROM unnest(ARRAY['decision.made', 'tool.status_changed']) t;
INSERT INTO governance.audit_record (at, actor, roles, action, entity_type, entity_id, before, after)
  VALUES (now(), 'pgbench', 'sales-leader', 'DECISION_MADE', 'DECISION', gen_random_uuid(), '{{"status": "OPEN"}}', '{{"status": "DECIDED"}}'),
         (now(), 'pgbench', 'sales-leader', 'AI_TOOL_STATUS_CHANGED', 'AI_TOOL', gen_random_uuid(), '{{"status": "PROPOSED"}}', '{{"status": "EVALUATING"}}');
COMMIT;
""")
head_before = psql("SELECT seq || '|' || hash FROM governance.audit_chain_head")
out = subprocess.run(["pgbench", "-n", "-M", "prepared", "-c", str(clients), "-j", "2", "-T", os.environ["BENCH_SECONDS"],
                      "-U", "governance_service", "-f", script, db], capture_output=True, text=True, check=True).stdout
sql_tps = float([line for line in out.splitlines() if line.startswith("tps = ")][0].split()[2])
# let the service seal what pgbench recorded, then remove it: only a superuser can, with the append-only
# triggers switched off; pgbench's entries are the last ones of the chain, so the head goes back before them
call("GET", "/api/governance/audit?limit=1", admin)
seq, digest = head_before.split("|")
subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", "-d", db, "-c",
                "SET session_replication_role = replica; "
                "DELETE FROM governance.audit_entry WHERE actor = 'pgbench'; "
                f"UPDATE governance.audit_chain_head SET seq = {seq}, hash = '{digest}'; "
                "DELETE FROM governance.outbox_event WHERE type = 'pgbench'; DROP TABLE governance.bench_decision"],
               check=True, capture_output=True)


def decide(decision_id):
    call("POST", f"/api/decisions/{decision_id}/outcome", sales_leader, {
        "outcome": "APPROVED", "rationale": "bench", "overrideReason": "inputs arrive in the pilot"})


wall, latencies = parallel(opened, decide)
# the audit entries count once they are in the chain: seal whatever the background sealer has not yet
started = time.perf_counter()
call("GET", "/api/governance/audit?limit=1", admin)
sealed_after = time.perf_counter() - started
rate = decisions / (wall + sealed_after)
print(f"{'pgbench INSERT':<34} {pg_tps:>8.0f} rows/s ({clients} connections)")
print(f"{'decide as SQL alone (pgbench)':<34} {sql_tps:>8.0f} /s   ratio to pgbench INSERT {sql_tps / pg_tps:5.2f}  (target >= 0.3)")
print(f"{'decide (+2 audit entries, outbox)':<34} {rate:>8.0f} /s   p50 {pct(latencies, 0.5):6.1f} ms   "
      f"p99 {pct(latencies, 0.99):6.1f} ms   ratio to pgbench INSERT {rate / pg_tps:5.2f}  (target >= 0.3)")
print(f"{'  of which sealing the rest':<34} {sealed_after * 1000:>8.0f} ms after the last decision")

# --- 2. verification of >= audit_target entries: top the chain up with entries hashed as AuditChain does
head_seq, head_hash = psql("SELECT seq, hash FROM governance.audit_chain_head").split("|")
head_seq = int(head_seq)
missing = max(0, audit_target - head_seq)


def field(value):
    if value is None:
        return struct.pack(">i", -1)
    data = value.encode("utf-8")
    return struct.pack(">i", len(data)) + data


if missing:
    buffer = io.StringIO()
    out = csv.writer(buffer)
    prev = head_hash
    micros = int(time.time() * 1_000_000) - missing * 1000
    for n in range(missing):
        seq = head_seq + 1 + n
        at = micros + n * 1000
        entity = str(uuid.uuid4())
        before = json.dumps({"id": entity, "name": f"Tool {n}", "status": "PROPOSED", "ownerRole": "sales-leader"})
        after = json.dumps({"id": entity, "name": f"Tool {n}", "status": "PROPOSED", "ownerRole": "revops"})
        fields = ("bench@revalign.local", "revops", "AI_TOOL_UPDATED", "AI_TOOL", entity, before, after, prev)
        digest = hashlib.sha256(struct.pack(">qq", seq, at) + b"".join(field(f) for f in fields)).hexdigest()
        stamp = datetime.fromtimestamp(at // 1_000_000, timezone.utc).strftime("%Y-%m-%d %H:%M:%S") + f".{at % 1_000_000:06d}+00"
        out.writerow([seq, stamp, *fields[:4], entity, before, after, prev, digest])
        prev = digest
    psql("\\copy governance.audit_entry (seq, at, actor, roles, action, entity_type, entity_id, before, after, "
         "prev_hash, hash) FROM STDIN WITH (FORMAT csv)", stdin=buffer.getvalue())
    psql(f"UPDATE governance.audit_chain_head SET seq = {head_seq + missing}, hash = '{prev}' WHERE id = 1")
psql("ANALYZE governance.audit_entry")
times = []
for _ in range(5):
    started = time.perf_counter()
    verdict = call("GET", "/api/governance/audit/verify", admin)
    times.append(time.perf_counter() - started)
    if not verdict["intact"]:
        raise SystemExit(f"verify says the chain is broken: {verdict}")
print(f"{'verify audit chain':<34} {verdict['entries']:>8} entries   median {statistics.median(times) * 1000:6.0f} ms   "
      f"worst {max(times) * 1000:6.0f} ms  (target <= 2000 ms)")

# --- 3. reports over >= report_decisions decisions: top up with decided ones spread over a year
count = int(psql("SELECT count(*) FROM governance.decision"))
if count < report_decisions:
    psql(f"""
        INSERT INTO governance.decision (id, tool_id, decision_type, tool_category, policy_version, raci,
            accountable_role, business_case, goal_ids, scores, requested_by, requested_at, inputs_due_at,
            decision_due_at, status, outcome, decided_by, decided_at, override_reason, skipped_inputs,
            created_at, updated_at, version)
        SELECT gen_random_uuid(), t.id, 'APPROVE_PILOT', 'SALES_ENGAGEMENT', 1,
               (ARRAY['{{"sales-leader": "A", "it": "C", "legal": "C", "sales": "I"}}',
                      '{{"marketing-leader": "A", "sales-leader": "C", "it": "C"}}',
                      '{{"it": "A", "sales-leader": "I", "legal": "C"}}',
                      '{{"it": "A", "security": "C"}}'])[1 + n % 4]::jsonb,
               'x', 'bench', '[]', '{{}}', 'bench', r.at, r.at + interval '5 days', r.at + interval '14 days',
               'DECIDED', 'APPROVED', 'bench', r.at + make_interval(hours => (n * 7919) % 800),
               CASE WHEN n % 10 = 0 THEN 'bench override' END, CASE WHEN n % 10 = 0 THEN '["legal"]'::jsonb END,
               now(), now(), 0
        FROM generate_series(1, {report_decisions - count}) n
        CROSS JOIN LATERAL (SELECT now() - make_interval(hours => (n * 104729) % 8760) AS at) r
        CROSS JOIN LATERAL (SELECT id FROM governance.ai_tool ORDER BY id OFFSET n % {max(1, decisions)} LIMIT 1) t""")
    psql("ANALYZE governance.decision")
count = int(psql("SELECT count(*) FROM governance.decision"))
for report in ("sales-leadership", "decision-practice", "coverage"):
    times = []
    for i in range(25):
        started = time.perf_counter()
        call("GET", f"/api/governance/reports/{report}", admin)
        if i >= 5:  # the first calls warm the JIT and PostgreSQL's caches
            times.append(time.perf_counter() - started)
    times.sort()
    print(f"{'report ' + report:<34} {count:>8} decisions   median {statistics.median(times) * 1000:6.1f} ms   "
          f"p95 {pct(times, 0.95):6.1f} ms  (target <= 300 ms)")
