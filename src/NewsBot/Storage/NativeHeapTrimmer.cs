using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;

namespace NewsBot.Storage;

/// <summary>
/// Hands the native memory SQLite has freed back to the operating system, at most once per
/// <see cref="StorageOptions.NativeHeapTrimInterval"/>. Why: sending 100,000 messages makes SQLite allocate and free
/// about a million small blocks (statements with 500-id <c>IN</c> lists, row sets), and glibc keeps the freed pages:
/// its heap crept to about 60 MB while only 10-20 MB was in use, a quarter of the process's peak memory. The work
/// that causes the churn (the dispatcher, the planner) calls <see cref="TrimIfDue"/>, so an idle bot never wakes up
/// for it. Only glibc has <c>malloc_trim</c>; on other systems this does nothing.
/// </summary>
public sealed class NativeHeapTrimmer(TimeProvider time, IOptions<StorageOptions> options)
{
    private long lastTrimTimestamp;
    private int trims;
    private bool unavailable = !OperatingSystem.IsLinux();

    /// <summary>How many times memory was handed back since start (for tests and diagnostics).</summary>
    public int Trims => Volatile.Read(ref trims);

    /// <summary>Trims when the interval has passed since the last trim; true when this call trimmed.</summary>
    public bool TrimIfDue()
    {
        var interval = options.Value.NativeHeapTrimInterval;
        if (unavailable || interval <= TimeSpan.Zero) return false;

        var now = time.GetTimestamp();
        var last = Interlocked.Read(ref lastTrimTimestamp);
        if (last != 0 && time.GetElapsedTime(last, now) < interval) return false;
        // Several threads may finish work at once: one of them trims.
        if (Interlocked.CompareExchange(ref lastTrimTimestamp, now, last) != last) return false;

        try
        {
            _ = malloc_trim(0);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl, for one): its allocator has its own policy and nothing to call.
            unavailable = true;
            return false;
        }

        Interlocked.Increment(ref trims);
        return true;
    }

    // DllImport rather than LibraryImport: a plain integer signature needs no generated marshalling nor unsafe code.
    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int malloc_trim(nuint pad);
}
