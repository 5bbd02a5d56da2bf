using CareMatch.Needs.Contracts;

namespace CareMatch.Needs.Input;

/// <summary>Reads the most a seeker will pay an hour: typed in pounds, kept in whole pence.</summary>
internal static class RateReader
{
    /// <summary>Well above any real hourly rate for home care; more is a typing slip (an extra zero).</summary>
    private const long HighestPence = 200_00;

    public static long? Read(CareRequestDetails input, FieldErrors errors)
    {
        const string field = nameof(input.HourlyRate);
        if (string.IsNullOrWhiteSpace(input.HourlyRate))
        {
            errors.Add(field, "Enter the most you will pay an hour");
            return null;
        }
        switch (TypedValues.ReadPence(input.HourlyRate))
        {
            case null:
                errors.Add(field, "Enter the hourly rate in pounds and pence, like 22.50");
                return null;
            case <= 0:
                errors.Add(field, "The hourly rate must be more than £0");
                return null;
            case > HighestPence:
                errors.Add(field, "The hourly rate must be £200 or less");
                return null;
            case var pence:
                return pence;
        }
    }
}
