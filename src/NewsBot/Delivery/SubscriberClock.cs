namespace NewsBot.Delivery;

/// <summary>
/// A subscriber's wall clock: when their next digest is, and whether a moment falls within their quiet hours. Pure
/// functions of UTC times, so the rules are tested without waiting for a clock.
/// </summary>
public static class SubscriberClock
{
    /// <summary>The first moment after <paramref name="nowUtc"/> that reads <paramref name="at"/> in <paramref name="zone"/>.</summary>
    public static DateTime NextDigestUtc(DateTime nowUtc, TimeOnly at, string zone)
    {
        var offset = IndonesianTimeZone.OffsetOf(zone);
        var local = nowUtc + offset;
        var candidate = local.Date + at.ToTimeSpan();
        if (candidate <= local) candidate = candidate.AddDays(1);
        return DateTime.SpecifyKind(candidate - offset, DateTimeKind.Utc);
    }

    /// <summary>
    /// When the quiet hours around <paramref name="nowUtc"/> end, or null when it is not within them. A window whose
    /// start is later than its end crosses midnight (22:00–06:00).
    /// </summary>
    public static DateTime? QuietUntilUtc(DateTime nowUtc, TimeOnly from, TimeOnly until, string zone)
    {
        if (from == until) return null;
        var offset = IndonesianTimeZone.OffsetOf(zone);
        var local = nowUtc + offset;
        var time = TimeOnly.FromDateTime(local);
        DateTime end;
        if (from < until)
        {
            if (time < from || time >= until) return null;
            end = local.Date + until.ToTimeSpan();
        }
        else if (time >= from)
        {
            end = local.Date.AddDays(1) + until.ToTimeSpan();
        }
        else if (time < until)
        {
            end = local.Date + until.ToTimeSpan();
        }
        else
        {
            return null;
        }

        return DateTime.SpecifyKind(end - offset, DateTimeKind.Utc);
    }
}
