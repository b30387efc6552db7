package org.tdah.assistant.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time from {@code /proc/<pid>/stat} (Linux), in clock ticks: of a process, of a process with
 * all its descendants (the server with its embedded PostgreSQL and Redis), and of this JVM and
 * the children it has waited for (hey). -1 when unknown.
 */
final class Cpu {
    private Cpu() {}

    /** utime + stime of one process. */
    static long ticks(long pid) {
        long[] f = fields(Path.of("/proc", Long.toString(pid), "stat"));
        return f == null ? -1 : f[0] + f[1];
    }

    /** utime + stime of a process and every process below it, as they are now. */
    static long treeTicks(long pid) {
        long own = ticks(pid);
        if (own < 0) {
            return -1;
        }
        long sum = own;
        try (Stream<ProcessHandle> descendants =
                ProcessHandle.of(pid).map(ProcessHandle::descendants).orElseGet(Stream::empty)) {
            for (ProcessHandle child : (Iterable<ProcessHandle>) descendants::iterator) {
                sum += Math.max(0, ticks(child.pid()));
            }
        }
        return sum;
    }

    /** utime + stime of this JVM. */
    static long selfTicks() {
        long[] f = fields(Path.of("/proc/self/stat"));
        return f == null ? -1 : f[0] + f[1];
    }

    /** cutime + cstime of this JVM: the CPU of the child processes it has reaped (hey). */
    static long reapedChildrenTicks() {
        long[] f = fields(Path.of("/proc/self/stat"));
        return f == null ? -1 : f[2] + f[3];
    }

    /** Fields 14-17 of stat(5): utime, stime, cutime, cstime; null when unreadable. */
    private static long[] fields(Path stat) {
        try {
            String text = Files.readString(stat);
            // the command name (field 2) is in parentheses and may contain spaces
            String[] rest = text.substring(text.lastIndexOf(')') + 2).trim().split("\\s+");
            // rest[0] is field 3 (state), so field k is rest[k - 3]
            return new long[] {
                Long.parseLong(rest[11]), Long.parseLong(rest[12]), Long.parseLong(rest[13]), Long.parseLong(rest[14])
            };
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * A reading before or after one phase: the server process alone, the server with the other
     * processes named (each with its descendants: the embedded PostgreSQL detaches from the JVM, so
     * its postmaster is named apart), this JVM, and the children this JVM reaped.
     */
    record Snapshot(long server, long serverTree, long self, long reapedChildren) {
        static Snapshot take(List<Long> serverPids) {
            long tree = serverPids.isEmpty() ? -1 : 0;
            for (long pid : serverPids) {
                long t = treeTicks(pid);
                tree = t < 0 || tree < 0 ? -1 : tree + t;
            }
            return new Snapshot(
                    serverPids.isEmpty() ? -1 : ticks(serverPids.get(0)),
                    tree,
                    selfTicks(),
                    reapedChildrenTicks());
        }

        static long delta(long before, long after) {
            return before < 0 || after < 0 ? -1 : Math.max(0, after - before);
        }
    }
}
