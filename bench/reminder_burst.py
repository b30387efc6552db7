#!/usr/bin/env python3
"""The API side of bench/reminder-burst.sh (standard library only).

  setup BASE ADMIN PEOPLE PER_PERSON LEAD_S OUT_DIR
      registers PEOPLE people through the API, each with SMS consent, a phone verified with the code
      read from the dev outbox, and preferences (no quiet hours, texts only, no nags); then schedules
      PER_PERSON reminders each through POST /api/v1/reminders, all due at the same instant T (the
      whole second LEAD_S seconds after setup started). Writes T to OUT_DIR/due.txt (epoch ms).
  outbox ADMIN DUE_MS OUT_DIR
      reads GET /dev/outbox once and prints, for the texts of the burst ("burst <n>"): how many, how
      many reminders got more than one text, and the time from T to the first, median, 99th and last.
"""
import http.client
import json
import sys
import threading
import time
import urllib.parse
from datetime import datetime, timezone

PASSWORD = "purple elephants dance quietly"


class Api:
    def __init__(self, base):
        u = urllib.parse.urlparse(base)
        self.host, self.port = u.hostname, u.port
        self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)

    def call(self, method, path, body=None, token=None, expect=(200, 201, 202, 204)):
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = "Bearer " + token
        data = json.dumps(body) if body is not None else None
        for attempt in range(3):
            try:
                self.conn.request(method, path, body=data, headers=headers)
                r = self.conn.getresponse()
                raw = r.read()
                break
            except (http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
                if attempt == 2:
                    raise
        if r.status not in expect:
            raise RuntimeError(f"{method} {path} answered {r.status}: {raw[:300]!r}")
        return json.loads(raw) if raw else None


def outbox(admin):
    a = Api(admin)
    return a.call("GET", "/dev/outbox")


def person(base, admin, i, codes_lock):
    api = Api(base)
    email = f"burst{i}@example.org"
    phone = "+1415555%04d" % (1000 + i)
    api.call("POST", "/api/v1/auth/register", {"email": email, "password": PASSWORD, "displayName": f"Burst {i}"})
    token = api.call("POST", "/api/v1/auth/login", {"email": email, "password": PASSWORD})["accessToken"]
    api.call("PATCH", "/api/v1/users/me", {"smsConsent": True}, token)
    api.call("POST", "/api/v1/users/me/phone", {"phone": phone}, token)
    code = None
    for _ in range(100):
        with codes_lock:
            texts = [m for m in outbox(admin) if m.get("to") == phone]
        for m in reversed(texts):
            digits = "".join(ch for ch in m["body"] if ch.isdigit())
            if len(digits) >= 6:
                code = digits[:6]
                break
        if code:
            break
        time.sleep(0.1)
    if not code:
        raise RuntimeError(f"no verification code texted to {phone}")
    api.call("POST", "/api/v1/users/me/phone/verify", {"code": code}, token)
    api.call("PUT", "/api/v1/users/me/preferences", {"quietHours": None, "nagIntervalMinutes": 10, "maxNags": 0,
                                                     "checkInTime": None, "reminderChannels": ["sms"]}, token)
    return token


def parallel(n, workers, fn):
    results, errors = [None] * n, []
    nxt = [0]
    lock = threading.Lock()

    def run():
        while True:
            with lock:
                i = nxt[0]
                nxt[0] += 1
            if i >= n or errors:
                return
            try:
                results[i] = fn(i)
            except Exception as e:  # noqa: BLE001 - reported below
                errors.append(e)
                return
    threads = [threading.Thread(target=run) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return results


def setup(base, admin, people, per_person, lead_s, out_dir):
    t0 = time.time()
    due_ms = (int(t0) + int(lead_s)) * 1000
    due_iso = datetime.fromtimestamp(due_ms / 1000, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    lock = threading.Lock()
    tokens = parallel(people, 4, lambda i: person(base, admin, i, lock))
    t1 = time.time()
    print(f"people: {people} registered, consented, phone verified, preferences set through the API in {t1 - t0:.1f} s",
          flush=True)
    local = threading.local()

    def reminder(k):
        if not hasattr(local, "api"):
            local.api = Api(base)
        p, n = k % people, k
        local.api.call("POST", "/api/v1/reminders", {"text": f"burst {n}", "dueAt": due_iso}, tokens[p])
    parallel(people * per_person, 4, reminder)
    t2 = time.time()
    total = people * per_person
    print(f"reminders: {total} created through POST /api/v1/reminders in {t2 - t1:.1f} s ({total / (t2 - t1):.0f}/s),"
          f" all due at T = {due_iso}; setup ended {due_ms / 1000 - t2:.1f} s before T", flush=True)
    if t2 * 1000 >= due_ms:
        raise RuntimeError("setup ended after T: raise LEAD")
    with open(f"{out_dir}/due.txt", "w") as f:
        f.write(str(due_ms))


def pct(sorted_values, p):
    import math
    rank = max(1, min(len(sorted_values), math.ceil(p / 100 * len(sorted_values))))
    return sorted_values[rank - 1]


def read_outbox(admin, due_ms, out_dir):
    messages = outbox(admin)
    burst = [m for m in messages if m["channel"] == "sms" and "burst " in m["body"]]
    per = {}
    for m in burst:
        key = m["body"].split("burst ", 1)[1].split()[0].rstrip(".,;:")
        per.setdefault(key, []).append(m)
    twice = sum(1 for v in per.values() if len(v) > 1)
    at = sorted(datetime.fromisoformat(m["at"].replace("Z", "+00:00")).timestamp() * 1000 - due_ms for m in burst)
    with open(f"{out_dir}/outbox-burst.json", "w") as f:
        json.dump(burst, f)
    if not at:
        print("outbox: no burst texts")
        return
    print(f"outbox: {len(burst)} burst texts for {len(per)} reminders; reminders texted more than once: {twice};"
          f" from T: first {at[0] / 1000:.2f} s, p50 {pct(at, 50) / 1000:.2f} s, p99 {pct(at, 99) / 1000:.2f} s,"
          f" last {at[-1] / 1000:.2f} s; within 20 s of T: {sum(1 for a in at if a <= 20000)}")
    print(f"OUTBOX {len(burst)} {len(per)} {twice} {at[0] / 1000:.3f} {pct(at, 50) / 1000:.3f} {at[-1] / 1000:.3f}")


if __name__ == "__main__":
    if sys.argv[1] == "setup":
        setup(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), float(sys.argv[6]), sys.argv[7])
    elif sys.argv[1] == "outbox":
        read_outbox(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    else:
        sys.exit(__doc__)
