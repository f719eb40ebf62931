namespace NewsBot.Bench;

/// <summary>Peak resident memory of this process, from Linux's /proc (VmHWM), resettable between runs.</summary>
public static class Memory
{
    public static void ResetPeak()
    {
        GC.Collect();
        // Writing 5 to clear_refs resets the peak RSS counter (Linux 4.0+).
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public static double PeakRssMb()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        if (line is null) return double.NaN;
        var kb = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        return kb / 1024.0;
    }
}
