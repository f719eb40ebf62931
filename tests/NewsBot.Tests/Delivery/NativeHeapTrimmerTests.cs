using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Storage;

namespace NewsBot.Tests.Delivery;

public sealed class NativeHeapTrimmerTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 29, 3, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Trims_at_most_once_per_interval()
    {
        var trimmer = Trimmer(TimeSpan.FromSeconds(1));
        // glibc is the only C library with malloc_trim; the CI machines run Debian, so these are the expected counts there.
        var trimsOnThisSystem = OperatingSystem.IsLinux() ? 1 : 0;

        trimmer.TrimIfDue();
        trimmer.TrimIfDue();
        time.Advance(TimeSpan.FromMilliseconds(999));
        trimmer.TrimIfDue();
        Assert.Equal(trimsOnThisSystem, trimmer.Trims);

        time.Advance(TimeSpan.FromMilliseconds(1));
        trimmer.TrimIfDue();
        Assert.Equal(2 * trimsOnThisSystem, trimmer.Trims);
    }

    [Fact]
    public void A_zero_interval_turns_trimming_off()
    {
        var trimmer = Trimmer(TimeSpan.Zero);

        Assert.False(trimmer.TrimIfDue());
        time.Advance(TimeSpan.FromHours(1));
        Assert.False(trimmer.TrimIfDue());
        Assert.Equal(0, trimmer.Trims);
    }

    [Fact]
    public void Freed_native_memory_goes_back_to_the_system()
    {
        if (!OperatingSystem.IsLinux()) return; // malloc_trim is glibc's; elsewhere there is nothing to measure.

        // 64 MB in 16 KB blocks, as SQLite's many small allocations add up, all freed but the last: the block on top keeps
        // glibc from shrinking its heap by itself, so the freed pages stay resident until trimmed.
        const int blockSize = 16 * 1024;
        var ones = Enumerable.Repeat((byte)1, blockSize).ToArray();
        var blocks = new List<nint>();
        for (var i = 0; i < 64 * 1024 * 1024 / blockSize; i++)
        {
            // AllocHGlobal is malloc on Linux, the allocator SQLite uses.
            var block = Marshal.AllocHGlobal(blockSize);
            Marshal.Copy(ones, 0, block, blockSize);
            blocks.Add(block);
        }

        foreach (var block in blocks.Take(blocks.Count - 1)) Marshal.FreeHGlobal(block);
        try
        {
            var before = ResidentMegabytes();
            Assert.True(Trimmer(TimeSpan.FromSeconds(1)).TrimIfDue());
            var after = ResidentMegabytes();

            Assert.True(before - after >= 32, $"Resident memory went from {before} MB to {after} MB; at least 32 of the 64 MB freed should have gone back.");
        }
        finally
        {
            Marshal.FreeHGlobal(blocks[^1]);
        }
    }

    private NativeHeapTrimmer Trimmer(TimeSpan interval) =>
        new(time, Options.Create(new StorageOptions { NativeHeapTrimInterval = interval }));

    private static long ResidentMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }
}
