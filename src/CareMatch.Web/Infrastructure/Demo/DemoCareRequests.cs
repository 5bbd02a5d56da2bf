using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Input;
using CareMatch.SharedKernel.Values;

namespace CareMatch.Web.Infrastructure.Demo;

/// <summary>
/// One published request per demo seeker, each made to suit one verified demo carer (same
/// sector, a kind of care they offer, an hour inside their weekly availability, a budget above
/// their rate), so every demo shortlist has someone on it. The same for the same numbers on
/// every run.
/// </summary>
public static class DemoCareRequests
{
    private static readonly string[] FirstNames = ["Margaret", "Arthur", "Joan", "Harold", "Betty", "Stanley", "Irene", "Dennis", "Pauline", "Ronald"];

    /// <param name="seeker">The seeker's number.</param>
    /// <param name="carer">The number of the demo carer the request suits.</param>
    /// <param name="carerPostcode">That carer's home postcode.</param>
    /// <param name="today">UK today: care starts three days later.</param>
    public static CreateCareRequest For(int seeker, int carer, string carerPostcode, DateOnly today) =>
        Weekly(seeker, carer, carerPostcode, today.AddDays(3), slot: 0, FirstNames[(seeker - 1) % FirstNames.Length],
            FundedByBudget(seeker) ? FundingSource.PersonalBudget : FundingSource.SelfFunded);

    /// <summary>
    /// Every second seeker (seeker02 among them) is funded by the council's personal budget: five of
    /// ten, so the commissioner's spend figures are not all hidden by the small-number rule.
    /// </summary>
    public static bool FundedByBudget(int seeker) => seeker % 2 == 0;

    /// <summary>
    /// A weekly hour for <paramref name="recipient"/> from <paramref name="startsOn"/>, at the start
    /// of the carer's weekly availability slot number <paramref name="slot"/> (every demo carer has
    /// at least three), so requests on different slots never clash in the carer's calendar.
    /// </summary>
    public static CreateCareRequest Weekly(int seeker, int carer, string carerPostcode, DateOnly startsOn, int slot, string recipient, FundingSource funding)
    {
        var offers = DemoCarerProfiles.Details(carer);
        var slots = DemoCarerProfiles.Availability(carer).Slots;
        var availability = slots[slot % slots.Count];
        var start = TimeOfDayInput.Read(availability.Start, "the demo start").Expect();
        var budget = PoundsInput.Read(offers.HourlyRate, "the demo rate", Money.Zero, new Money(long.MaxValue)).Expect() + new Money(2_00);
        var details = new CareRequestDetails
        {
            RecipientFirstName = recipient,
            RecipientAgeBand = AgeBand.From75To84,
            RecipientRelationship = RecipientRelationship.Parent,
            CareNotes = "Likes a cup of tea and a chat; the key safe code is shared once booked.",
            CareTypes = [offers.CareTypes[0]],
            Schedule = ScheduleKind.Weekly,
            StartDate = DateInput.Write(startsOn),
            Slots = [new SlotInput { Day = Enum.Parse<DayOfWeek>(availability.Day!), Start = TimeOfDayInput.Write(start), End = TimeOfDayInput.Write(start.AddHours(1)) }],
            Postcode = carerPostcode,
            AddressLine = $"{seeker} Demo Terrace",
            HourlyRate = PoundsInput.Write(budget),
            Funding = funding,
        };
        return new CreateCareRequest(details, publish: true);
    }
}
