using System.Globalization;

namespace NewsBot.Bench;

/// <summary>
/// Resident memory of another process from Linux's /proc: VmRSS now, and VmHWM (its peak), which can be reset between
/// phases so each phase's own peak is read.
/// </summary>
public sealed class ProcessMemory(int pid)
{
    public double RssMb() => Read("VmRSS:");

    public double PeakMb() => Read("VmHWM:");

    public void ResetPeak()
    {
        // Writing 5 to clear_refs resets the peak RSS counter (Linux 4.0+); allowed for a process of our own user.
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Samples VmRSS every few milliseconds until <paramref name="work"/> ends; returns the highest sample.</summary>
    public async Task<double> SamplePeakWhileAsync(Task work)
    {
        var peak = RssMb();
        while (!work.IsCompleted)
        {
            peak = Math.Max(peak, RssMb());
            await Task.WhenAny(work, Task.Delay(5));
        }

        return Math.Max(peak, RssMb());
    }

    private double Read(string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        if (line is null) return double.NaN;
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }
}
