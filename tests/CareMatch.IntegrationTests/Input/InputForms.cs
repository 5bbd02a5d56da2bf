using CareMatch.Needs.Contracts;
using CareMatch.Needs.Input;
using CareMatch.Providers.Availability;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Credentials;
using CareMatch.Providers.Details;
using CareMatch.SharedKernel.Geography;
using CareMatch.SharedKernel.Input;
using CareMatch.SharedKernel.Time;
using FluentValidation;

namespace CareMatch.IntegrationTests.Input;

/// <summary>
/// Every command that asks for a date, a time or an amount of money, filled in correctly except for
/// one field, and checked by the module's own validator, as the pipeline checks it. No host, no
/// database: a field's message is the validator's answer.
/// </summary>
internal static class InputForms
{
    public sealed record Form(string Name, string Field, string Label, Func<string?, DateBoxes?, Task<string?>> MessageFor);

    private static readonly DateOnly Today = new(2027, 3, 1);
    private static readonly IClock Clock = new FixedClock(new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private static readonly DateBoxes NextWeek = DateInput.Write(Today.AddDays(7));

    public static IReadOnlyList<Form> AskingForADate { get; } =
    [
        new("care request, weekly start", nameof(CareRequestDetails.StartDate), ScheduleReader.StartDateLabel,
            (_, date) => CareRequestAsync(Weekly() with { StartDate = date }, nameof(CareRequestDetails.StartDate))),
        new("care request, one-off visit", nameof(CareRequestDetails.VisitDate), ScheduleReader.VisitDateLabel,
            (_, date) => CareRequestAsync(OneOff() with { VisitDate = date }, nameof(CareRequestDetails.VisitDate))),
        new("carer's DBS issue date", nameof(SubmitMyCredential.IssuedOn), CredentialFactsReader.IssueDateLabel,
            (_, date) => CredentialAsync(Credential(CredentialKind.EnhancedDbs) with { IssuedOn = date }, nameof(SubmitMyCredential.IssuedOn))),
        new("carer's insurance expiry date", nameof(SubmitMyCredential.ExpiresOn), CredentialFactsReader.ExpiryDateLabel,
            (_, date) => CredentialAsync(Credential(CredentialKind.PublicLiabilityInsurance) with { ExpiresOn = date }, nameof(SubmitMyCredential.ExpiresOn))),
        new("carer's first day off", "TimeOff[0].From", AvailabilityRows.FirstDayOffLabel,
            (_, date) => AvailabilityAsync(new SetMyAvailability([], [new TimeOffFields(date, NextWeek)]), "TimeOff[0].From")),
    ];

    public static IReadOnlyList<Form> AskingForATime { get; } =
    [
        new("care request, one-off visit start", nameof(CareRequestDetails.VisitStart), ScheduleReader.StartTimeLabel,
            (time, _) => CareRequestAsync(OneOff() with { VisitStart = time }, nameof(CareRequestDetails.VisitStart))),
        new("care request, weekly visit start", "Slots[0].Start", ScheduleReader.StartTimeLabel,
            (time, _) => CareRequestAsync(Weekly() with { Slots = [new SlotInput { Day = DayOfWeek.Monday, Start = time, End = "17:00" }] }, "Slots[0].Start")),
        new("carer's weekly slot start", "Slots[0].Start", AvailabilityRows.StartLabel,
            (time, _) => AvailabilityAsync(new SetMyAvailability([new WeeklySlotFields("Monday", time, "17:00")], []), "Slots[0].Start")),
    ];

    public static IReadOnlyList<Form> AskingForMoney { get; } =
    [
        new("care request, most a seeker will pay an hour", nameof(CareRequestDetails.HourlyRate), RateReader.Label,
            (amount, _) => CareRequestAsync(Weekly() with { HourlyRate = amount }, nameof(CareRequestDetails.HourlyRate))),
        new("carer's hourly rate", nameof(UpdateMyCarerDetails.HourlyRate), HourlyRate.Label,
            (amount, _) => MessageAsync(new UpdateMyCarerDetailsValidator(), CarerDetails(amount), nameof(UpdateMyCarerDetails.HourlyRate))),
    ];

    public static IReadOnlyList<Form> AskingForAWholeNumber { get; } =
    [
        new("carer's travel distance", nameof(UpdateMyCarerDetails.TravelRadiusKm), TravelRadius.Label,
            (number, _) => MessageAsync(new UpdateMyCarerDetailsValidator(), CarerDetails("18.50") with { TravelRadiusKm = number }, nameof(UpdateMyCarerDetails.TravelRadiusKm))),
    ];

    private static CareRequestDetails Weekly() => new()
    {
        RecipientFirstName = "Margaret",
        RecipientAgeBand = AgeBand.From75To84,
        RecipientRelationship = RecipientRelationship.Parent,
        CareTypes = [CareType.PersonalCare],
        Schedule = ScheduleKind.Weekly,
        StartDate = NextWeek,
        Slots = [new SlotInput { Day = DayOfWeek.Monday, Start = "09:00", End = "10:30" }],
        Postcode = "LS1 4AP",
        AddressLine = "14 Hidden Lane",
        HourlyRate = "22.50",
        Funding = FundingSource.SelfFunded,
    };

    private static CareRequestDetails OneOff() => Weekly() with
    {
        Schedule = ScheduleKind.OneOff, StartDate = null, Slots = [], VisitDate = NextWeek, VisitStart = "14:00", VisitEnd = "16:00",
    };

    private static SubmitMyCredential Credential(CredentialKind kind) =>
        new(kind, null, 0, "001234567890", DateInput.Write(Today.AddYears(-1)), false, DateInput.Write(Today.AddYears(1)), "A. Referee");

    private static UpdateMyCarerDetails CarerDetails(string? rate) =>
        new(null, "10", [CareType.PersonalCare], [], null, "English", CarerGender.Female, false, rate);

    private static Task<string?> CareRequestAsync(CareRequestDetails details, string field) =>
        MessageAsync(new CreateCareRequestValidator(new CareRequestDetailsValidator(Clock, new PlaceReader(new CentroidTableGeocoder()))),
            new CreateCareRequest(details, publish: false), field);

    private static Task<string?> CredentialAsync(SubmitMyCredential command, string field) =>
        MessageAsync(new SubmitMyCredentialValidator(Clock), command, field);

    private static Task<string?> AvailabilityAsync(SetMyAvailability command, string field) =>
        MessageAsync(new SetMyAvailabilityValidator(), command, field);

    /// <summary>The one message at the field, or null when the field is accepted.</summary>
    private static async Task<string?> MessageAsync<T>(IValidator<T> validator, T command, string field)
    {
        var result = await validator.ValidateAsync(command);
        return result.Errors.Where(e => e.PropertyName == field).Select(e => e.ErrorMessage).SingleOrDefault();
    }

    private sealed class FixedClock(DateTimeOffset now) : IClock
    {
        public DateTimeOffset UtcNow => now;
    }
}
